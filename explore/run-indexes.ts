import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import type { RuleId, SyncSystemFactory, SystemFactory } from '../domain/index.ts';
import type { GeneratedScenario } from '../generators/index.ts';
import { explorationArbitrary } from './exploration-arbitrary.ts';
import { runSystemOptions, type ExploreOptions } from './explore-options.ts';
import { drive, isThenable, rulesBrokenBy, settle, SystemFailure, type Steps } from '../harness/index.ts';
import { judge, type Judgement } from './judge.ts';
import { runSeed } from './seeding.ts';

/** A failing run: its shrunk counterexample and how to replay it. */
export interface RunFailure {
  /** fast-check's path of the shrunk counterexample, for `--seed <run seed> --path <path>`. */
  readonly path: string;
  readonly scenario: GeneratedScenario;
  readonly violated: readonly RuleId[];
  readonly shrinks: number;
  /** Set when the system failed (threw, answered malformed, did not answer in time): the message. */
  readonly systemFailure?: string;
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

/** The name of what a failing run broke: `system-failure` when the system failed, else its first violated rule. */
export function failureLabel(failure: RunFailure): string {
  if (failure.systemFailure !== undefined) return 'system-failure';
  return failure.violated[0] ?? 'INV-1';
}

/** Called after every run (progress display). */
export type OnRun = (record: RunRecord) => void;

/** A judgement, or the system failure that prevented it. */
type Outcome = Judgement | SystemFailure;

/** What one fast-check property call saw: the first outcome, and whether a call timed out. */
interface Seen {
  first: Outcome | null;
  timedOut: boolean;
  /** The last scenario that failed and how: the shrunk counterexample, judged already. */
  lastFailed: { readonly scenario: GeneratedScenario; readonly outcome: Outcome } | null;
}

const unseen = (): Seen => ({ first: null, timedOut: false, lastFailed: null });

/**
 * The property's answer for one outcome. A system failure fails the run (and is shrunk like a
 * violation), except that once a call timed out every further attempt passes: each would wait out
 * the timeout again, so the run keeps the scenario that timed out, unshrunk.
 */
function holds(scenario: GeneratedScenario, outcome: Outcome, seen: Seen): boolean {
  seen.first ??= outcome;
  const ok = !(outcome instanceof SystemFailure) && outcome.violated.length === 0;
  if (!ok) seen.lastFailed = { scenario, outcome };
  if (outcome instanceof SystemFailure && outcome.verb === 'did not answer') seen.timedOut = true;
  return ok;
}

/** Turns a SystemFailure thrown by `judge` into an outcome; anything else is a bug and propagates. */
function caught(error: unknown): SystemFailure {
  if (error instanceof SystemFailure) return error;
  throw error;
}

function judgeSync(
  factory: SyncSystemFactory,
  options: ExploreOptions,
  scenario: GeneratedScenario,
): Outcome {
  try {
    return judge(factory, scenario, runSystemOptions(options, scenario), options.limits);
  } catch (error) {
    return caught(error);
  }
}

async function judgeAsync(
  factory: SystemFactory,
  options: ExploreOptions,
  scenario: GeneratedScenario,
): Promise<Outcome> {
  try {
    return await judge(factory, scenario, runSystemOptions(options, scenario), options.limits);
  } catch (error) {
    return caught(error);
  }
}

/** The failure of a run from fast-check's details and the judgement of its shrunk counterexample. */
function failureOf(details: fc.RunDetails<[GeneratedScenario]>, index: number, seen: Seen): RunFailure {
  // Outcomes never throw into fast-check: only a bug of the harness gets here without a counterexample.
  if (details.counterexample === null || details.counterexamplePath === null)
    throw details.errorInstance ?? new Error(`explore: run ${index + 1} failed without a counterexample`);
  const [scenario] = details.counterexample;
  const outcome = seen.lastFailed?.scenario === scenario ? seen.lastFailed.outcome : null;
  if (outcome === null) throw new Error(`explore: run ${index + 1}: the counterexample was not judged`);
  return {
    path: details.counterexamplePath,
    scenario,
    violated: outcome instanceof SystemFailure ? rulesBrokenBy(outcome) : outcome.violated,
    shrinks: details.numShrinks,
    ...(outcome instanceof SystemFailure ? { systemFailure: outcome.message } : {}),
  };
}

/** The fast-check parameters of run `index`, or null when the time budget is spent. */
function runParameters(
  options: ExploreOptions,
  index: number,
  deadline: number | null,
  now: () => number,
): fc.Parameters<[GeneratedScenario]> | null {
  const remaining = deadline === null ? null : deadline - now();
  if (remaining !== null && remaining <= 0) return null;
  return {
    seed: options.path === null ? runSeed(options.seed, index) : options.seed,
    numRuns: 1,
    endOnFailure: !options.shrink,
    ...(options.path === null ? {} : { path: options.path }),
    ...(remaining === null ? {} : { interruptAfterTimeLimit: Math.max(1, Math.floor(remaining)) }),
  };
}

/** One run's `fc.check`: synchronous for a synchronous system, a promise for an async one. */
type CheckRun = (
  parameters: fc.Parameters<[GeneratedScenario]>,
  seen: Seen,
) => fc.RunDetails<[GeneratedScenario]> | Promise<fc.RunDetails<[GeneratedScenario]>>;

/**
 * The loop both entry points share, written once as a maybe-async generator (harness `drive`): it
 * yields only when a run's check is a promise, so a synchronous system never awaits.
 */
function* runLoop(
  options: ExploreOptions,
  indexes: readonly number[],
  onRun: OnRun,
  now: () => number,
  checkRun: CheckRun,
): Steps<RunRecord[]> {
  const deadline = options.timeLimitMs === null ? null : now() + options.timeLimitMs;
  const records: RunRecord[] = [];
  let failures = 0;
  for (const index of options.path === null ? indexes : [0]) {
    const parameters = runParameters(options, index, deadline, now);
    if (parameters === null) break;
    // The first call judges the run's own scenario; later calls are shrinking attempts.
    const seen = unseen();
    const details = yield* settle(() => checkRun(parameters, seen));
    if (seen.first === null) break; // interrupted before the run was played
    const failure = details.failed ? failureOf(details, index, seen) : null;
    const record = recordOf(index, parameters, seen.first, failure);
    records.push(record);
    onRun(record);
    if (failure !== null && ++failures >= options.maxFailures) break;
  }
  return records;
}

/**
 * Plays the given global run indexes in order, each as a one-run `fc.check` with its own seed,
 * stopping after `maxFailures` failing runs or when the time budget is spent. With `options.path`
 * it replays exactly one run: seed `options.seed`, along that path. A system failure (a plug-in
 * that throws, answers malformed or hangs) is a failing run like a violated rule, shrunk and saved.
 * Synchronous, for a synchronous system: no await anywhere (explore's throughput).
 */
export function runIndexes(
  factory: SyncSystemFactory,
  options: ExploreOptions,
  indexes: readonly number[],
  onRun: OnRun = () => {},
  now: () => number = () => performance.now(),
): RunRecord[] {
  const arbitrary = explorationArbitrary(options.constraints, options.focus, options.drawnPolicies);
  const records = drive(
    runLoop(options, indexes, onRun, now, (parameters, seen) =>
      fc.check(
        fc.property(
          arbitrary,
          (scenario) => seen.timedOut || holds(scenario, judgeSync(factory, options, scenario), seen),
        ),
        parameters,
      ),
    ),
  );
  // A synchronous property's check is never a promise, so the loop never yielded.
  if (isThenable(records)) throw new Error('runIndexes: a synchronous run answered a promise');
  return records;
}

/** `runIndexes` for a system that answers with promises: fast-check's async property, each call awaited. */
export async function runIndexesAsync(
  factory: SystemFactory,
  options: ExploreOptions,
  indexes: readonly number[],
  onRun: OnRun = () => {},
  now: () => number = () => performance.now(),
): Promise<RunRecord[]> {
  const arbitrary = explorationArbitrary(options.constraints, options.focus, options.drawnPolicies);
  return drive(
    runLoop(options, indexes, onRun, now, (parameters, seen) =>
      fc.check(
        fc.asyncProperty(
          arbitrary,
          async (scenario) =>
            seen.timedOut || holds(scenario, await judgeAsync(factory, options, scenario), seen),
        ),
        parameters,
      ),
    ),
  );
}

function recordOf(
  index: number,
  parameters: fc.Parameters<[GeneratedScenario]>,
  first: Outcome,
  failure: RunFailure | null,
): RunRecord {
  const exercised = first instanceof SystemFailure ? [] : [...first.exercised];
  return { index, seed: parameters.seed ?? 0, exercised, failure };
}
