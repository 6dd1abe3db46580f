import type { RuleId, ScenarioResult, SystemFactory, VerdictStatus } from '../domain/index.ts';
import { runScenario, SYSTEM_ANSWERS, type Scenario } from '../harness/index.ts';

/**
 * `reproduce` (the default, what CI runs): every saved violation must still be found — the harness
 * still catches each counterexample on the system it was found on. `fixed`: replayed against a
 * system that should have fixed them, none of the saved rules may be violated any more.
 */
export type ReplayMode = 'reproduce' | 'fixed';

/** One replayed counterexample. */
export interface ReplayOutcome {
  readonly file: string | null;
  readonly system: string;
  readonly rules: readonly RuleId[];
  readonly ok: boolean;
  readonly result: ScenarioResult;
}

/** The rules a saved counterexample says are violated (`expect.verdicts: { RULE: violated }`). */
export function savedViolations(scenario: Scenario): RuleId[] {
  return scenario.expectations.flatMap((e) =>
    e.kind === 'verdict' && e.status === 'violated' ? [e.ruleId] : [],
  );
}

/**
 * Replays saved counterexamples, each on `systemFor(found.system)` (or on the system the caller
 * substitutes), and judges them by `mode`. The result's outcome is the replay's, not the rules':
 * under `reproduce` a violated rule that was expected is a pass.
 */
export async function replayCorpus(
  scenarios: readonly Scenario[],
  mode: ReplayMode,
  systemFor: (system: string) => Promise<{ readonly name: string; readonly factory: SystemFactory }>,
): Promise<ReplayOutcome[]> {
  const outcomes: ReplayOutcome[] = [];
  for (const scenario of scenarios) {
    const { name, factory } = await systemFor(scenario.found?.system ?? 'reference');
    const rules = savedViolations(scenario);
    const { result } = await runScenario(scenario, { factory, systemName: name });
    const status = (id: RuleId): VerdictStatus =>
      result.verdicts.find((v) => v.ruleId === id)?.status ?? 'not-exercised';
    // A counterexample of a system failure reproduces while the system still fails (any way).
    const systemFailure = result.expectations.find((e) => !e.ok && e.description === SYSTEM_ANSWERS);
    const saved = scenario.found?.systemFailure;
    const ok =
      saved === undefined
        ? rules.every((id) => (mode === 'reproduce' ? status(id) === 'violated' : status(id) !== 'violated'))
        : (systemFailure !== undefined) === (mode === 'reproduce');
    const actual =
      saved === undefined
        ? rules.map((id) => `${id} ${status(id)}`).join(', ')
        : (systemFailure?.actual ?? 'every command answered');
    outcomes.push({
      file: scenario.ref.file,
      system: name,
      rules,
      ok,
      result: {
        ...result,
        outcome: ok ? 'pass' : 'fail',
        expectations: [
          {
            description:
              mode === 'reproduce'
                ? `the saved violation still reproduces on ${name}`
                : `the saved violation is fixed on ${name}`,
            ok,
            expected:
              saved === undefined
                ? rules.map((id) => `${id} ${mode === 'reproduce' ? 'violated' : 'not violated'}`).join(', ')
                : mode === 'reproduce'
                  ? `a system failure (${saved})`
                  : 'every command answered',
            actual,
          },
        ],
      },
    });
  }
  return outcomes;
}
