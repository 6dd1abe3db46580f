import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import type { RuleId, SystemFactory } from '../domain/index.ts';
import type { Scenario } from '../generators/index.ts';
import { explorationArbitrary } from './exploration-arbitrary.ts';
import type { ExploreOptions } from './explore-options.ts';
import { judge, type Judgement } from './judge.ts';
import { runSeed } from './seeding.ts';

/** A failing run: its shrunk counterexample and how to replay it. */
export interface RunFailure {
  /** fast-check's path of the shrunk counterexample, for `--seed <run seed> --path <path>`. */
  readonly path: string;
  readonly scenario: Scenario;
  readonly violated: readonly RuleId[];
  readonly shrinks: number;
}

/** One run of an exploration: plain data, so a worker thread can send it back. */
export interface RunRecord {
  /** Global 0-based run index (runs to failure = index + 1). */
  readonly index: number;
  /** The fast-check seed this run used (`runSeed(base, index)`). */
  readonly seed: number;
  /** Rules judged pass or violated on the run's (unshrunk) scenario. */
  readonly exercised: readonly RuleId[];
  readonly failure: RunFailure | null;
}

/** Called after every run (progress display). */
export type OnRun = (record: RunRecord) => void;

/**
 * Plays the given global run indexes in order, each as a one-run `fc.check` with its own seed,
 * stopping after `maxFailures` failing runs or when the time budget is spent. With `options.path`
 * it replays exactly one run: seed `options.seed`, along that path.
 */
export function runIndexes(
  factory: SystemFactory,
  options: ExploreOptions,
  indexes: readonly number[],
  onRun: OnRun = () => {},
  now: () => number = () => performance.now(),
): RunRecord[] {
  const arbitrary = explorationArbitrary(options.constraints, options.focus);
  const deadline = options.timeLimitMs === null ? null : now() + options.timeLimitMs;
  const records: RunRecord[] = [];
  let failures = 0;
  const plan = options.path === null ? indexes : [0];
  for (const index of plan) {
    const remaining = deadline === null ? null : deadline - now();
    if (remaining !== null && remaining <= 0) break;
    const seed = options.path === null ? runSeed(options.seed, index) : options.seed;
    // The first call judges the run's own scenario; later calls are shrinking attempts.
    const seen: { first: Judgement | null } = { first: null };
    const property = fc.property(arbitrary, (scenario) => {
      const judgement = judge(factory, scenario, options.systemOptions);
      seen.first ??= judgement;
      return judgement.violated.length === 0;
    });
    const details = fc.check(property, {
      seed,
      numRuns: 1,
      endOnFailure: !options.shrink,
      ...(options.path === null ? {} : { path: options.path }),
      ...(remaining === null ? {} : { interruptAfterTimeLimit: Math.max(1, Math.floor(remaining)) }),
    });
    const firstJudgement = seen.first;
    if (firstJudgement === null) break; // interrupted before the run was played
    let failure: RunFailure | null = null;
    if (details.failed) {
      // A failure without a counterexample is a system that threw: not a verdict, the caller reports it.
      if (details.counterexample === null || details.counterexamplePath === null)
        throw details.errorInstance ?? new Error(`explore: run ${index + 1} failed without a counterexample`);
      const [scenario] = details.counterexample;
      failure = {
        path: details.counterexamplePath,
        scenario,
        violated: judge(factory, scenario, options.systemOptions).violated,
        shrinks: details.numShrinks,
      };
    }
    const record: RunRecord = { index, seed, exercised: [...firstJudgement.exercised], failure };
    records.push(record);
    onRun(record);
    if (failure !== null && ++failures >= options.maxFailures) break;
  }
  return records;
}
