// `merge-reports`: n shard runs (blobs) → the RunResult the unsharded run would have produced,
// field for field and in the same key order, so every reporter renders it byte for byte alike.
import type {
  ExploreFailure,
  ExploreSummary,
  RuleId,
  RunResult,
  ScenarioResult,
  ShardPart,
} from '../domain/index.ts';
import { InputError } from '../domain/index.ts';

/** The command line of the unsharded run: the shard's own, without `--shard i/n`. */
export function unshardedCommand(command: string): string {
  return command.replace(/ --shard(?:=| )\d+\/\d+(?= |$)/g, '');
}

const WHOLE: ShardPart = { index: 1, count: 1, positions: [] };

/** The shards must be exactly 1..n of one run (same command, same version): else bad input. */
function checkComplete(runs: readonly RunResult[], where: string): void {
  const first = runs[0];
  if (first === undefined) throw new InputError('BLOB_MERGE', where, null, 'at least one blob', 'none');
  const count = first.shard?.count ?? 1;
  const command = unshardedCommand(first.command);
  for (const run of runs) {
    const part = run.shard ?? WHOLE;
    if (run.tool.version !== first.tool.version)
      throw new InputError('BLOB_MERGE', where, 'tool.version', first.tool.version, run.tool.version);
    if (unshardedCommand(run.command) !== command)
      throw new InputError('BLOB_MERGE', where, 'command', `shards of "${command}"`, `"${run.command}"`);
    if (part.count !== count)
      throw new InputError('BLOB_MERGE', where, 'shard', `shards of ${count}`, `${part.index}/${part.count}`);
  }
  const indexes = runs.map((run) => (run.shard ?? WHOLE).index).sort((a, b) => a - b);
  const expected = Array.from({ length: count }, (_, i) => i + 1);
  if (indexes.join(',') !== expected.join(','))
    throw new InputError(
      'BLOB_MERGE',
      where,
      'shard',
      `shards ${expected.join(', ')} of ${count}, once each`,
      indexes.join(', '),
    );
}

/** Results with their positions in the unsharded run, in that order (stable within a position). */
function placed(runs: readonly RunResult[]): { position: number; result: ScenarioResult }[] {
  return runs
    .flatMap((run) => run.results.map((result, i) => ({ position: run.shard?.positions[i] ?? i, result })))
    .sort((a, b) => a.position - b.position);
}

/** `run`: results in selection order; with `--bail`, cut after the first failure as one process would. */
function mergeScenarioResults(runs: readonly RunResult[], command: string): ScenarioResult[] {
  const results = placed(runs).map(({ result }) => result);
  if (!/ --bail(?= |$)/.test(command)) return results;
  const firstFailure = results.findIndex((result) => result.outcome === 'fail');
  return firstFailure === -1 ? results : results.slice(0, firstFailure + 1);
}

/**
 * `explore`: every shard's runs sorted by run index and cut after the `maxFailures`-th failing
 * run (as explore/merge-records.ts does for workers), then the summary rebuilt the way
 * explore/merge-records.ts `summarize` builds it, from the runs kept.
 */
function mergeExploration(
  runs: readonly RunResult[],
  summaries: readonly ExploreSummary[],
): { results: ScenarioResult[]; explore: ExploreSummary } {
  const maxFailures = runs[0]?.shard?.maxFailures ?? Number.POSITIVE_INFINITY;
  const played = runs.flatMap((run) => run.shard?.runs ?? []).sort((a, b) => a.index - b.index);
  const kept = new Set<number>();
  const rulesExercised: Partial<Record<RuleId, number>> = {};
  let failing = 0;
  for (const run of played) {
    kept.add(run.index);
    for (const id of run.exercised) rulesExercised[id] = (rulesExercised[id] ?? 0) + 1;
    if (run.failed && ++failing >= maxFailures) break;
  }
  const failures: ExploreFailure[] = summaries
    .flatMap((summary) => summary.failures)
    .filter((failure) => kept.has((failure.runIndex ?? 0) - 1))
    .sort((a, b) => (a.runIndex ?? 0) - (b.runIndex ?? 0));
  const results = placed(runs)
    .filter(({ position }) => kept.has(position))
    .map(({ result }) => result);
  const first = summaries[0];
  const interrupted = summaries.some((summary) => summary.interrupted === true);
  const explore: ExploreSummary = {
    runs: kept.size,
    seed: first?.seed ?? 0,
    rulesExercised,
    failures,
    coverage: first?.coverage ?? [],
    ...(interrupted ? { interrupted } : {}),
  };
  return { results, explore };
}

/** The unsharded run from all its shards (any order). */
export function mergeRuns(runs: readonly RunResult[], where: string): RunResult {
  checkComplete(runs, where);
  const first = runs[0] as RunResult;
  const command = unshardedCommand(first.command);
  const startedAt = runs.map((run) => run.startedAt).sort()[0] ?? first.startedAt;
  const header = { tool: first.tool, command, startedAt, seed: first.seed };
  const summaries = runs.flatMap((run) => (run.explore === undefined ? [] : [run.explore]));
  if (summaries.length === 0) return { ...header, results: mergeScenarioResults(runs, command) };
  if (summaries.length !== runs.length)
    throw new InputError('BLOB_MERGE', where, null, 'blobs of one command', 'explore and run blobs mixed');
  const { results, explore } = mergeExploration(runs, summaries);
  return { ...header, results, explore };
}
