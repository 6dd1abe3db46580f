import type { RuleId, RunResult, ScenarioResult } from '../domain/index.ts';

/**
 * `--only` on one result: keep the verdicts of these rules and judge the outcome on them alone.
 * A scenario's own expectations still count: they are what the scenario was written to show.
 */
export function keepRules(result: ScenarioResult, ids: readonly RuleId[] | undefined): ScenarioResult {
  if (ids === undefined || ids.length === 0) return result;
  const keep = new Set(ids);
  const verdicts = result.verdicts.filter((verdict) => keep.has(verdict.ruleId));
  const failed =
    verdicts.some((verdict) => verdict.status === 'violated') ||
    result.expectations.some((expectation) => !expectation.ok);
  return { ...result, verdicts, outcome: failed ? 'fail' : 'pass' };
}

/** `--only` on a whole run. */
export function onlyRules(run: RunResult, ids: readonly RuleId[] | undefined): RunResult {
  if (ids === undefined || ids.length === 0) return run;
  return { ...run, results: run.results.map((result) => keepRules(result, ids)) };
}
