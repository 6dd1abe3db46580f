import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MigrationSystem, SystemFactory } from '../../domain/index.ts';
import asyncReference from '../../examples/plugins/async-reference.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { BUILTIN_SUITE_DIR, loadScenarioFile } from '../../scenarios/index.ts';
import { playScript, runScenario } from '../../harness/index.ts';
import { cli } from '../cli/fake-io.ts';
import { asyncVariant } from './fixtures/async-variant.ts';

const suite = (file: string) => loadScenarioFile(join(BUILTIN_SUITE_DIR, file));
const SCENARIOS = ['hist-2-new-tickets.yaml', 'move-7-notifications-off.yaml', 'open-1-unassign.yaml'].map(
  suite,
);

/** The async reference, counting the systems it made and the close() calls they got. */
function counted(change?: (inner: MigrationSystem) => Partial<MigrationSystem>) {
  const counts = { made: 0, closed: 0 };
  const factory: SystemFactory = asyncVariant({
    name: 'counted',
    system: (inner) => {
      counts.made += 1;
      return {
        ...change?.(inner),
        close: async () => {
          counts.closed += 1;
          await inner.close?.();
        },
      };
    },
  });
  return { factory, counts };
}

describe('an async system (methods and factory answer with promises)', () => {
  it.each(SCENARIOS.map((s) => [s.ref.id, s] as const))(
    '%s: same verdicts and outcome as the synchronous reference',
    async (_id, scenario) => {
      const sync = runScenario(scenario, { factory: createReferenceSystem });
      const viaPromises = await runScenario(scenario, { factory: asyncReference });
      expect(viaPromises.result.outcome).toBe('pass');
      expect(viaPromises.result.verdicts.map((v) => [v.ruleId, v.status])).toEqual(
        sync.result.verdicts.map((v) => [v.ruleId, v.status]),
      );
      expect(viaPromises.trace.steps.map((s) => s.result)).toEqual(sync.trace.steps.map((s) => s.result));
    },
  );

  it('keeps the synchronous fast path: a synchronous system gives a trace, not a promise', () => {
    const [scenario] = SCENARIOS;
    if (scenario === undefined) throw new Error('no scenario');
    const trace = playScript(createReferenceSystem, scenario.world, scenario.script, scenario.options);
    expect(trace).not.toBeInstanceOf(Promise);
    expect(trace.steps).toHaveLength(scenario.script.length);
    const pending = playScript(asyncReference, scenario.world, scenario.script, scenario.options);
    expect(pending).toBeInstanceOf(Promise);
  });

  it('plays INV-5 on two systems of its own, each closed once', async () => {
    const { factory, counts } = counted();
    const [scenario] = SCENARIOS;
    if (scenario === undefined) throw new Error('no scenario');
    const { result } = await runScenario(scenario, { factory });
    expect(counts).toEqual({ made: 2, closed: 2 });
    expect(result.verdicts.find((v) => v.ruleId === 'INV-5')?.status).toBe('pass');
  });

  it('closes the system once after a failure too, and names the step', async () => {
    const { factory, counts } = counted((inner) => ({
      execute: (command) =>
        command.type === 'run-until-idle'
          ? Promise.reject(new Error('socket closed'))
          : inner.execute(command),
    }));
    const [scenario] = SCENARIOS;
    if (scenario === undefined) throw new Error('no scenario');
    const { result } = await runScenario(scenario, { factory });
    expect(counts).toEqual({ made: 1, closed: 1 });
    expect(result.outcome).toBe('fail');
    const step = scenario.script.findIndex((c) => c.type === 'run-until-idle') + 1;
    expect(step).toBeGreaterThan(0);
    expect(result.expectations.at(-1)?.actual).toBe(
      `system "counted" threw at step ${step} (run-until-idle) in execute(): socket closed`,
    );
  });

  it('through the CLI: the suite passes, and the factory is disposed of once when the command ends', async () => {
    const disposed: string[] = [];
    const key = '__inboxMoveSimDisposed';
    (globalThis as Record<string, unknown>)[key] = disposed;
    const { code, stdout } = await cli([
      'run',
      'scenarios/suite/hist-2-new-tickets.yaml',
      'scenarios/suite/open-1-unassign.yaml',
      '--system',
      'test/seam/fixtures/disposable.ts',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('PASS 2 scenarios: 2 passed, 0 failed');
    expect(disposed).toEqual(['disposed']);
  });
});
