import type {
  Command,
  MaybePromise,
  MigrationSystem,
  Observation,
  Script,
  SyncSystemFactory,
  SystemEvent,
  SystemFactory,
  SystemOptions,
  Trace,
  TraceStep,
  World,
} from '../domain/index.ts';
import { InputError } from '../domain/index.ts';
import {
  checkEvents,
  checkObservation,
  checkResult,
  checkSystem,
  checkWorld,
  MalformedAnswer,
  type Checked,
} from './check-answers.ts';
import { appendEvents } from './append-events.ts';
import { DEFAULT_STEP_TIMEOUT_MS, drive, settle, StepTimeout, type Steps } from './maybe-async.ts';
import { messageOf, readOnlyListHint, SystemCrash, SystemFailure } from './system-failure.ts';

/**
 * Worlds up to this many conversations get a world snapshot after every step in the trace (for
 * checkers that look between steps, and INV-5); larger ones only before and after, since a
 * snapshot per step of a million-conversation world would not fit in memory.
 */
export const PER_STEP_WORLD_LIMIT = 20_000;

/** Limits of a play that are not the system's options. */
export interface PlayLimits {
  /** Per system call; only promises can be timed out (a synchronous loop cannot be interrupted). */
  readonly stepTimeoutMs?: number;
}

/**
 * Plays a script against a fresh system built by `factory`: records the initial observation, and
 * for each command its result, the observation after it, the range of events it appended, and —
 * for small worlds — the world after it. Every answer is validated (check-answers.ts). A system
 * that throws, answers something malformed or does not answer in time becomes a SystemFailure
 * naming the step (with what was recorded so far), never an unexplained crash. The system's
 * `close()` is called once at the end, also after a failure.
 *
 * A synchronous factory gives a trace synchronously (no await anywhere); a system that answers
 * with a promise gives a promise of the trace.
 */
export function playScript(
  factory: SyncSystemFactory,
  world: World,
  script: Script,
  options: SystemOptions,
  limits?: PlayLimits,
): Trace;
export function playScript(
  factory: SystemFactory,
  world: World,
  script: Script,
  options: SystemOptions,
  limits?: PlayLimits,
): MaybePromise<Trace>;
export function playScript(
  factory: SystemFactory,
  world: World,
  script: Script,
  options: SystemOptions,
  limits: PlayLimits = {},
): MaybePromise<Trace> {
  return drive(playSteps(factory, world, script, options), limits.stepTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS);
}

/** Where the play is, for the failure message. */
interface Position {
  step: number;
  command: Command | null;
  call: string;
}

function* playSteps(
  factory: SystemFactory,
  world: World,
  script: Script,
  options: SystemOptions,
): Steps<Trace> {
  const keepWorlds = world.conversations.length <= PER_STEP_WORLD_LIMIT;
  const at: Position = { step: 0, command: null, call: 'the factory' };
  const steps: TraceStep[] = [];
  let log: SystemEvent[] = [];
  let system: MigrationSystem | null = null;
  let initial: Observation | null = null;
  let lastWorld = world;
  let failure: SystemFailure | null = null;
  let badInput: InputError | null = null;
  let trace: Trace | null = null;
  const checked: Checked = new Set();
  const partial = (): Trace | null =>
    system === null || initial === null
      ? null
      : {
          system: system.name,
          options,
          before: world,
          initial,
          steps: [...steps],
          after: lastWorld,
          events: [...log],
        };
  try {
    const sys = checkSystem(yield* settle(() => factory(world, options)));
    system = sys;
    at.call = 'observe()';
    initial = checkObservation(yield* settle(() => sys.observe()));
    log = appendEvents(log, yield* readEvents(sys, log.length, at, checked));
    for (const [index, command] of script.entries()) {
      Object.assign(at, { step: index + 1, command, call: 'execute()' });
      const eventsFrom = log.length;
      const result = checkResult(yield* settle(() => sys.execute(command)));
      at.call = 'observe()';
      const observation = checkObservation(yield* settle(() => sys.observe()));
      log = appendEvents(log, yield* readEvents(sys, log.length, at, checked));
      let stepWorld: World | undefined;
      if (keepWorlds) {
        at.call = 'world()';
        stepWorld = checkWorld(yield* settle(() => sys.world()), checked);
        lastWorld = stepWorld;
      }
      steps.push({
        index,
        command,
        result,
        observation,
        eventsFrom,
        eventsTo: log.length,
        ...(stepWorld === undefined ? {} : { world: stepWorld }),
      });
    }
    Object.assign(at, { step: script.length, command: null, call: 'world()' });
    // A small world was read after the last step already; a big one only now.
    if (!keepWorlds || script.length === 0) lastWorld = checkWorld(yield* settle(() => sys.world()), checked);
    trace = { system: sys.name, options, before: world, initial, steps, after: lastWorld, events: log };
  } catch (error) {
    // Input the system cannot be blamed for (a world too long for the protocol's lines) is bad
    // input, said after the system is closed; everything else is the system's failure.
    if (error instanceof InputError) badInput = error;
    else failure = failureOf(error, system?.name ?? factoryName(factory), at, partial());
  }
  const closing = system;
  if (closing?.close !== undefined) {
    try {
      yield* settle(() => closing.close?.());
    } catch (error) {
      failure ??= failureOf(error, closing.name, { ...at, call: 'close()' }, partial());
    }
  }
  if (badInput !== null) throw badInput;
  if (failure !== null) throw failure;
  if (trace === null) throw new Error('playScript: no trace and no failure');
  return trace;
}

/**
 * The events the system logged since the first `from`, validated, in a fresh array the caller owns.
 * Uses `eventsSince` when the system has it (a remote system need not resend its log), else the
 * whole log from `events()`.
 */
function* readEvents(
  system: MigrationSystem,
  from: number,
  at: Position,
  checked: Checked,
): Steps<SystemEvent[]> {
  if (system.eventsSince !== undefined) {
    at.call = `eventsSince(${from})`;
    const since = system.eventsSince.bind(system);
    return checkEvents(yield* settle(() => since(from)), 0, from, checked);
  }
  at.call = 'events()';
  const all = yield* settle(() => system.events());
  return checkEvents(all, from, 0, checked);
}

function factoryName(factory: SystemFactory): string {
  return factory.name === '' ? 'system' : factory.name;
}

function failureOf(error: unknown, name: string, at: Position, partial: Trace | null): SystemFailure {
  if (error instanceof SystemFailure) return error;
  const verb =
    error instanceof MalformedAnswer
      ? 'answered malformed'
      : error instanceof StepTimeout
        ? 'did not answer'
        : 'threw';
  const system = error instanceof SystemCrash ? error.system : name;
  const cause = messageOf(error) + readOnlyListHint(error);
  return new SystemFailure(system, at.step, at.command, partial, cause, at.call, verb);
}
