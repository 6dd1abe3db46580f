import { describe, expect, it } from 'vitest';
import {
  explore,
  exploreInWorkers,
  exploreOptions,
  mergeRecords,
  runSeed,
  shardIndexes,
  splitAmongWorkers,
  summarize,
} from '../../explore/index.ts';
import { KNOWN_BAD } from '../../mutants/index.ts';

const bannerLeftUp = KNOWN_BAD.find((bad) => bad.file.endsWith('banner-left-up.ts'));

describe('seeding of shards and workers', () => {
  it('gives run k the seed base + k', () => {
    expect([runSeed(42, 0), runSeed(42, 7), runSeed(2 ** 32 - 1, 2)]).toEqual([42, 49, 1]);
  });

  it('splits runs into disjoint shards that cover every run', () => {
    const shards = [1, 2, 3].map((index) => shardIndexes(10, { index, count: 3 }));
    expect(shards.flat().sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(shards[1]).toEqual([1, 4, 7]);
    expect(splitAmongWorkers([0, 3, 6, 9], 3)).toEqual([[0, 9], [3], [6]]);
  });

  it('merges the runs of all shards into exactly the runs of one exploration', () => {
    const options = exploreOptions({ runs: 16, maxFailures: 1000 });
    const factory = bannerLeftUp?.factory;
    expect(factory).toBeDefined();
    if (factory === undefined) return;
    const whole = explore(factory, options);
    const parts = [1, 2, 3].map((index) => explore(factory, { ...options, shard: { index, count: 3 } }));
    const merged = mergeRecords(parts, options.maxFailures);
    expect(merged).toEqual(whole);
    expect(summarize(merged, options)).toEqual(summarize(whole, options));
    expect(whole.some((record) => record.failure !== null)).toBe(true);
  });

  it('cuts merged shards after the first failure, as one exploration stops there', () => {
    const factory = bannerLeftUp?.factory;
    if (factory === undefined) throw new Error('banner-left-up known-bad system missing');
    const options = exploreOptions({ runs: 60, system: 'mutants/banner-left-up.ts' });
    const whole = explore(factory, options);
    const parts = [1, 2].map((index) => explore(factory, { ...options, shard: { index, count: 2 } }));
    expect(mergeRecords(parts, 1)).toEqual(whole);
    expect(whole.at(-1)?.failure).not.toBeNull();
  });

  it('gives the same records on worker threads as in this thread', async () => {
    const options = exploreOptions({ runs: 12, maxFailures: 1000 });
    const { createReferenceSystem } = await import('../../machines/index.ts');
    const inThread = explore(createReferenceSystem, options);
    const inWorkers = await exploreInWorkers(options, 2, process.cwd());
    expect(inWorkers).toEqual(inThread);
  }, 60_000);
});
