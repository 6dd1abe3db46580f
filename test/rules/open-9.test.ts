import { describe, expect, it } from 'vitest';
import type { Policies, SyncSystemFactory } from '../../domain/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { open9 } from '../../rules/checkers/open-9.ts';
import { BUILTIN_SUITE_DIR, loadScenarios } from '../../scenarios/index.ts';
import { playScript } from '../../harness/index.ts';
import ticketFromStateAtMoveStart from '../../mutants/ticket-from-state-at-move-start.ts';

const [scenario] = loadScenarios([`${BUILTIN_SUITE_DIR}/open-9-lifecycle-during-move.yaml`]);

function verdict(factory: SyncSystemFactory, policy: Policies['OPEN-9']) {
  if (scenario === undefined) throw new Error('open-9-lifecycle-during-move.yaml is missing');
  const options = { ...scenario.options, policies: { ...scenario.options.policies, 'OPEN-9': policy } };
  return open9.check(playScript(factory, scenario.world, scenario.script, options));
}

describe('OPEN-9 checker', () => {
  it('passes the reference under both policies', () => {
    expect(verdict(createReferenceSystem, 'at-processing').status).toBe('pass');
    expect(verdict(createReferenceSystem, 'at-move-start').status).toBe('pass');
  });

  it('finds a system that follows the state at move start under at-processing', () => {
    const found = verdict(ticketFromStateAtMoveStart, 'at-processing');
    expect(found.status).toBe('violated');
    if (found.status !== 'violated') return;
    expect(found.findings.length).toBeGreaterThan(0);
    expect(found.findings.map((f) => f.subjects.conversations?.[0])).toContain('c1');
  });

  it('is not exercised when no lifecycle command comes before a conversation’s turn', () => {
    if (scenario === undefined) throw new Error('missing scenario');
    const script = scenario.script.filter((c) => c.type === 'start-move' || c.type === 'run-until-idle');
    expect(
      open9.check(playScript(createReferenceSystem, scenario.world, script, scenario.options)).status,
    ).toBe('not-exercised');
  });
});
