import type { Script, SystemFactory, SystemOptions, Trace, Verdict, World } from '../domain/index.ts';
import { checkTrace, compareTraces } from '../rules/index.ts';
import { capabilitiesOf, withoutTestClock } from './capabilities.ts';
import { settle, type Steps } from './maybe-async.ts';
import { PER_STEP_WORLD_LIMIT, playScript, type PlayLimits } from './play-script.ts';
import { SystemFailure } from './system-failure.ts';
import { withUnansweredRequest } from './unanswered-request.ts';

/** A script played and judged: the first play's trace, every rule's verdict, and how the system failed. */
export interface JudgedScript {
  /** The first play's trace; after a system failure, what was recorded before it (see `emptyTrace`). */
  readonly trace: Trace;
  /** In catalogue order (checkTrace), INV-5 from the two plays in its place. */
  readonly verdicts: readonly Verdict[];
  /** The system failure of the first play, else of the second, else null. */
  readonly failure: SystemFailure | null;
}

/**
 * Plays a script against a fresh system and judges every rule: each checker on the trace
 * (checkTrace), INV-5 by playing the script a second time, on a system instance of its own, and
 * comparing the traces (worlds up to PER_STEP_WORLD_LIMIT conversations only: the first play of a
 * bigger one keeps no world per step, and a second would double the cost of the move), and the
 * time-dependent rules reported, not judged, for a system without a test clock.
 *
 * A SystemFailure (the system threw, answered malformed or did not answer in time) is returned,
 * not thrown: after the first play, its partial trace is judged and there is no second play; after
 * the second, INV-5 is not exercised. The caller decides what a failure is (a failed scenario for
 * `runScenario`, a failing run for explore). Anything else thrown is a bug and propagates.
 *
 * A generator for `drive`: it yields only when the system answers with a promise, so a
 * synchronous system is judged synchronously (explore's fast path).
 */
export function* judgeScript(
  factory: SystemFactory,
  world: World,
  script: Script,
  options: SystemOptions,
  limits: PlayLimits = {},
): Steps<JudgedScript> {
  const played = yield* play(factory, world, script, options, limits);
  let { failure } = played;
  // A request the system did not answer breaks INV-8 (its partial trace cannot show it).
  let verdicts: Verdict[] = withUnansweredRequest(checkTrace(played.trace), failure);
  if (failure === null && world.conversations.length <= PER_STEP_WORLD_LIMIT) {
    const again = yield* play(factory, world, script, options, limits);
    const inv5: Verdict =
      again.failure === null
        ? compareTraces(played.trace, again.trace)
        : {
            ruleId: 'INV-5',
            status: 'not-exercised',
            why: `the second play failed: ${again.failure.message}`,
          };
    verdicts = verdicts.some((v) => v.ruleId === 'INV-5')
      ? verdicts.map((v) => (v.ruleId === 'INV-5' ? inv5 : v))
      : [...verdicts, inv5];
    failure = again.failure;
  }
  if (capabilitiesOf(factory).testClock === false) verdicts = withoutTestClock(verdicts, played.trace.system);
  return { trace: played.trace, verdicts, failure };
}

/** One play: its trace, or the SystemFailure that cut it short with what it recorded. */
function* play(
  factory: SystemFactory,
  world: World,
  script: Script,
  options: SystemOptions,
  limits: PlayLimits,
): Steps<{ trace: Trace; failure: SystemFailure | null }> {
  try {
    const trace = yield* settle(() => playScript(factory, world, script, options, limits));
    return { trace, failure: null };
  } catch (error) {
    if (!(error instanceof SystemFailure)) throw error;
    return { trace: error.partialTrace ?? emptyTrace(world, error.system, options), failure: error };
  }
}

/** The trace of a play that failed before its first observation: nothing happened to the world. */
export function emptyTrace(world: World, system: string, options: SystemOptions): Trace {
  return {
    system,
    options,
    before: world,
    initial: {
      at: world.clock,
      banner: null,
      notificationsOn: world.account.notificationsOn,
      move: null,
      channelLocations: Object.fromEntries(world.channels.map((c) => [c.id, c.location])),
    },
    steps: [],
    after: world,
    events: [],
  };
}
