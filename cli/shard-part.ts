// `--shard i/n` of `run` and `explore`, and the shard part a blob carries for `merge-reports`.
import type { RunResult, ShardPart } from '../domain/index.ts';
import { shardIndexes, type Shard } from '../explore/seeding.ts';
import type { RunRecord } from '../explore/run-indexes.ts';

/**
 * `run --shard i/n`: the scenarios at positions k ≡ i-1 (mod n) of the selection, striped the way
 * explore stripes its runs, with their positions. Without a shard: all of them.
 */
export function shardOf<T>(
  items: readonly T[],
  shard: Shard | undefined,
): { items: T[]; positions: number[] } {
  const positions = shardIndexes(items.length, shard ?? { index: 1, count: 1 });
  return { items: positions.map((k) => items[k] as T), positions };
}

/** A `run` result with its shard part (when sharded or written as a blob): the positions played. */
export function withRunShard(
  run: RunResult,
  shard: Shard | undefined,
  positions: readonly number[],
  wanted: boolean,
): RunResult {
  if (shard === undefined && !wanted) return run;
  const { index, count } = shard ?? { index: 1, count: 1 };
  return { ...run, shard: { index, count, positions: positions.slice(0, run.results.length) } };
}

/**
 * An `explore` result with its shard part: every run this shard played (index, rules exercised,
 * failed or not), the run index of each result (one per failing run, in order) and the cut.
 */
export function withExploreShard(
  run: RunResult,
  shard: Shard | undefined,
  records: readonly RunRecord[],
  maxFailures: number,
  wanted: boolean,
): RunResult {
  if (shard === undefined && !wanted) return run;
  const { index, count } = shard ?? { index: 1, count: 1 };
  const part: ShardPart = {
    index,
    count,
    positions: records.filter((record) => record.failure !== null).map((record) => record.index),
    runs: records.map((record) => ({
      index: record.index,
      exercised: record.exercised,
      failed: record.failure !== null,
    })),
    maxFailures,
  };
  return { ...run, shard: part };
}
