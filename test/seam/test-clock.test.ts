import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SyncSystemFactory } from '../../domain/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { BUILTIN_SUITE_DIR, loadScenarioFile } from '../../scenarios/index.ts';
import { runScenario, TIME_DEPENDENT_RULES } from '../../harness/index.ts';

/** The reference, declaring that it has no test clock (as a real deployment would). */
const noClock: SyncSystemFactory = Object.assign(
  (...args: Parameters<SyncSystemFactory>) => createReferenceSystem(...args),
  { capabilities: { testClock: false } },
);

describe('a system without a test clock (capabilities.testClock: false)', () => {
  it('has its time-dependent rules reported, not judged, and says why', () => {
    const scenario = loadScenarioFile(join(BUILTIN_SUITE_DIR, 'new-2-sla-operating-hours.yaml'));
    const judged = runScenario(scenario, { factory: createReferenceSystem }).result.verdicts;
    const reported = runScenario(scenario, { factory: noClock }).result.verdicts;
    expect(TIME_DEPENDENT_RULES.length).toBeGreaterThan(0);
    for (const rule of TIME_DEPENDENT_RULES) {
      const verdict = reported.find((v) => v.ruleId === rule);
      expect(verdict?.status, rule).toBe('not-applicable');
      expect(verdict?.status === 'not-applicable' && verdict.why).toMatch(
        /^not judged: system "reference" has no test clock/,
      );
    }
    // With a test clock, this scenario judges NEW-2 for real.
    expect(judged.find((v) => v.ruleId === 'NEW-2')?.status).toBe('pass');
    // The other rules are judged as before.
    const others = (vs: typeof judged) =>
      vs.filter((v) => !TIME_DEPENDENT_RULES.includes(v.ruleId)).map((v) => v.status);
    expect(others(reported)).toEqual(others(judged));
  });
});
