import type { Observation, Trace, TraceStep } from '../domain/index.ts';
import { DAY } from '../domain/index.ts';
import type { CommandIndex, StartedMove } from './_commands.ts';
import type { Findings } from './verdict.ts';

/** `run-until-idle` without `maxMs` runs at most 30 days (SEMANTICS.md). */
const IDLE_LIMIT = 30 * DAY;

/** The observation just before step `i`: the initial one, or the previous step's. */
export function observationBefore(trace: Trace, i: number): Observation {
  return i === 0 ? trace.initial : (trace.steps[i - 1]?.observation ?? trace.initial);
}

/** The move running just before step `i` by ground truth (started earlier, not yet shown complete). */
export function moveRunningBefore(ci: CommandIndex, i: number): StartedMove | undefined {
  return ci.moves.find((m) => m.startStep < i && (m.completeStep === null || m.completeStep >= i));
}

/**
 * Where the clock must be at the end of a step, from the command alone (SEMANTICS.md, "Progress of a
 * move"): `advance` moves it by exactly `ms`; `run-until-idle` by nothing when no move runs or the
 * worker is down, else until the move completes (at most the limit; exactly the limit when it is
 * still running); every other command, and any command not accepted, leaves it where it was.
 * Returns [lowest, highest] allowed.
 */
function clockWindow(ci: CommandIndex, step: TraceStep, from: number): readonly [number, number] {
  const { command, result } = step;
  if (result.status !== 'accepted') return [from, from];
  if (command.type === 'advance') return [from + command.ms, from + command.ms];
  if (command.type !== 'run-until-idle') return [from, from];
  const move = moveRunningBefore(ci, step.index);
  if (move === undefined || ci.workerUpBefore[step.index] !== 1) return [from, from];
  const limit = from + (command.maxMs ?? IDLE_LIMIT);
  return move.completeStep === step.index ? [from, limit] : [limit, limit];
}

/**
 * INV-7 per step, the clock and what the observation says of the commands (never the event log as
 * ground truth): the clock each command reaches; every event dated within its step's clock span
 * (not before the command, not after the clock it reached); notifications as the last
 * set-notifications left them; and the move shown `stalled` exactly while the worker is down (the
 * worker-crash / worker-restart commands), processing nothing meanwhile. Returns the steps judged.
 */
export function frameSteps(ci: CommandIndex, found: Findings): number {
  const { trace } = ci.ix;
  let notificationsOn = trace.before.account.notificationsOn;
  for (const step of trace.steps) {
    const i = step.index;
    const prev = observationBefore(trace, i);
    const now = step.observation;
    const [low, high] = clockWindow(ci, step, prev.at);
    if (now.at < low || now.at > high) {
      const expected = low === high ? `${low}` : `between ${low} and ${high}`;
      found.add(`the clock at ${expected} after ${step.command.type}`, `${now.at}`, { step: i });
    }
    if (step.world !== undefined && step.world.clock !== now.at)
      found.add(`the world's clock as observed (${now.at})`, `${step.world.clock}`, { step: i });
    for (let e = step.eventsFrom; e < step.eventsTo; e += 1) {
      const event = trace.events[e];
      if (event === undefined || (event.at >= prev.at && event.at <= now.at)) continue;
      found.add(
        `${event.type} (event ${e}) dated within its step, ${prev.at} to ${now.at}`,
        `dated ${event.at}`,
        { step: i },
      );
      break;
    }
    if (step.command.type === 'set-notifications' && step.result.status === 'accepted')
      notificationsOn = step.command.on;
    const inWorld = step.world?.account.notificationsOn ?? now.notificationsOn;
    if (now.notificationsOn !== notificationsOn || inWorld !== notificationsOn) {
      const onOff = (on: boolean) => (on ? 'on' : 'off');
      found.add(
        `notifications ${onOff(notificationsOn)}, as set-notifications left them`,
        `${onOff(now.notificationsOn)} in the observation, ${onOff(inWorld)} in the world`,
        { step: i },
      );
    }
    judgeWorker(ci, step, prev, found);
  }
  return trace.steps.length;
}

/** A move shows `stalled` exactly while the worker is down, and processes nothing meanwhile. */
function judgeWorker(ci: CommandIndex, step: TraceStep, prev: Observation, found: Findings): void {
  const i = step.index;
  const move = step.observation.move;
  if (move === null) return;
  const upAfter = ci.workerUpBefore[i + 1] === 1;
  const status = upAfter ? 'running' : 'stalled';
  if (move.status !== status)
    found.add(`the move shown ${status} (worker ${upAfter ? 'up' : 'down'})`, move.status, {
      step: i,
      channels: [move.channelId],
    });
  const downThroughout = ci.workerUpBefore[i] !== 1 && !upAfter;
  if (downThroughout && prev.move !== null && move.processed !== prev.move.processed)
    found.add(
      `nothing processed while the worker is down (${prev.move.processed} processed)`,
      `${move.processed} processed`,
      { step: i, channels: [move.channelId] },
    );
}
