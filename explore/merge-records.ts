import type { ExploreFailure, ExploreSummary, MachineCoverage, RuleId } from '../domain/index.ts';
import type { ExploreOptions } from './explore-options.ts';
import { replayCommand } from './replay-command.ts';
import type { RunRecord } from './run-indexes.ts';

/**
 * The records of one exploration from the records of its parts (shards, workers): sorted by run
 * index and cut after the `maxFailures`-th failing run — exactly what one process playing every
 * index in order would have kept, since each part plays its indexes in order and stops only after
 * its own `maxFailures`-th failure.
 */
export function mergeRecords(parts: readonly (readonly RunRecord[])[], maxFailures: number): RunRecord[] {
  const sorted = parts.flat().sort((a, b) => a.index - b.index);
  const kept: RunRecord[] = [];
  let failures = 0;
  for (const record of sorted) {
    kept.push(record);
    if (record.failure !== null && ++failures >= maxFailures) break;
  }
  return kept;
}

/** The summary every reporter renders: runs, how often each rule was exercised, the failures. */
export function summarize(
  records: readonly RunRecord[],
  options: ExploreOptions,
  coverage: readonly MachineCoverage[] = [],
  savedAs: ReadonlyMap<number, string> = new Map(),
): ExploreSummary {
  const rulesExercised: Partial<Record<RuleId, number>> = {};
  const failures: ExploreFailure[] = [];
  for (const record of records) {
    for (const id of record.exercised) rulesExercised[id] = (rulesExercised[id] ?? 0) + 1;
    const failure = record.failure;
    if (failure === null) continue;
    for (const ruleId of failure.violated) {
      failures.push({
        ruleId,
        seed: record.seed,
        path: failure.path,
        replay: replayCommand(options, record.seed, failure.path),
        conversations: failure.scenario.world.conversations.length,
        commands: failure.scenario.script.length,
        savedAs: savedAs.get(record.index) ?? null,
        runIndex: record.index + 1,
      });
    }
  }
  return { runs: records.length, seed: options.seed, rulesExercised, failures, coverage };
}
