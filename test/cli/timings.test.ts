import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliWithJsonReport } from '../support/json-report.ts';

const FILES = ['test/cli/fixtures/notifications-off.yaml', 'test/cli/fixtures/expectation-fails.yaml'];

/** A wall clock that moves 25 ms on every reading, so that every scenario takes time. */
function tickingClock(): () => Date {
  let ms = Date.UTC(2024, 4, 1);
  return () => new Date((ms += 25));
}

async function runWith(now?: () => Date) {
  const result = await cliWithJsonReport(['run', ...FILES], ['console', 'json', 'junit'], {
    ...(now === undefined ? {} : { now }),
  });
  const junit = readFileSync(join(result.out, 'junit.xml'), 'utf8');
  return { ...result, json: result.report(), junit };
}

describe('per-scenario wall times', () => {
  it('are in the console (with the slowest at the end), the JSON and the JUnit time attributes', async () => {
    const { stdout, json, junit } = await runWith(tickingClock());
    expect(json.scenarios.length).toBe(2);
    for (const scenario of json.scenarios) expect(scenario.wallMs).toBeGreaterThan(0);
    expect(stdout).toMatch(/\(\d+ verdicts, .* simulated, \d+ ms wall\)/);
    expect(stdout).toMatch(/Slowest 2 scenarios\n +\d+ ms wall {2}cli-/);
    expect(junit).toMatch(/<testsuite name="cli-notifications-off" [^>]*time="0\.0\d+"/);
    expect(junit).toMatch(/<testsuites [^>]*time="0\.\d+"/);
  });

  it('are 0 with a pinned clock (INBOX_MOVE_SIM_NOW), so reports stay byte-identical', async () => {
    const first = await runWith();
    const second = await runWith();
    expect(first.json.scenarios.map((s) => s.wallMs)).toEqual([0, 0]);
    expect(first.stdout).not.toContain('Slowest');
    expect(first.junit).toBe(second.junit);
    expect(JSON.stringify(first.json)).toBe(JSON.stringify(second.json));
  });

  it('JUnit: a file attribute, the rerun command in failures, not-exercised verdicts counted not listed', async () => {
    const { junit } = await runWith();
    expect(junit).toContain('<testsuite name="cli-expectation-fails"');
    expect(junit).toMatch(
      /<testsuite name="cli-expectation-fails" [^>]*file="test\/cli\/fixtures\/expectation-fails\.yaml"/,
    );
    expect(junit).toContain('rerun: inbox-move-sim run test/cli/fixtures/expectation-fails.yaml');
    expect(junit).not.toContain('<skipped');
    expect(junit).toMatch(/<property name="not-exercised" value="[1-9]\d*"\/>/);
  });
});
