/**
 * The seeding rule of an exploration, the one thing that makes shards and workers add up to one
 * run: run `k` (0-based, global) is its own one-run fast-check check with seed `runSeed(base, k)`.
 * A shard or a worker plays a subset of the run indexes; merging the records of all subsets,
 * sorted by index, gives exactly the records of one process playing every index in order.
 */
export const SEED_SPACE = 2 ** 32;

/** The fast-check seed of global run `k` of an exploration started at `base`. */
export function runSeed(base: number, k: number): number {
  return (base + k) % SEED_SPACE;
}

/** `--shard i/n`: the i-th (1-based) of n machines of a CI matrix. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

export const WHOLE: Shard = { index: 1, count: 1 };

/**
 * The run indexes of `runs` that belong to `shard`, in order: k ≡ index-1 (mod count). Striped
 * rather than in blocks, so that every shard reaches early runs early (a first failure is found as
 * soon by n machines as by one).
 */
export function shardIndexes(runs: number, shard: Shard): number[] {
  const indexes: number[] = [];
  for (let k = shard.index - 1; k < runs; k += shard.count) indexes.push(k);
  return indexes;
}

/** Splits indexes among `workers` the same striped way (worker w gets every workers-th index). */
export function splitAmongWorkers(indexes: readonly number[], workers: number): number[][] {
  const parts: number[][] = Array.from({ length: Math.max(1, workers) }, () => []);
  indexes.forEach((k, i) => parts[i % parts.length]?.push(k));
  return parts.filter((part) => part.length > 0);
}
