import type { Trace } from '../domain/index.ts';
import { DAY, HOUR, currentChannelId } from '../domain/index.ts';
import type { CommandIndex, StartedMove } from './_commands.ts';
import { commandIndex } from './_commands.ts';
import { grouped } from './verdict.ts';

/**
 * The completion bound of a move (docs/SEMANTICS.md, "Completion bound"): a system must complete a
 * move within this much worker-up simulated time. It is an upper bound any reasonable
 * implementation meets — a fixed allowance (queues, polls, start-up) plus an allowance per
 * conversation and per message the move must process, each several times what the reference needs
 * (its defaults: 1 s to finish, 20 ms a conversation, 4 ms a message, 250 ms per batch of 500) — and
 * one more fixed allowance per worker restart during the move.
 */
export const COMPLETION_BOUND = {
  fixedMs: 2 * HOUR,
  perConversationMs: 200,
  perMessageMs: 40,
  perRestartMs: 2 * HOUR,
} as const;

/** `run-until-idle` without `maxMs` advances at most this long (docs/SEMANTICS.md). */
export const RUN_UNTIL_IDLE_MAX_MS = 30 * DAY;

/** What the harness can say about one started move's liveness. */
export interface MoveLiveness {
  readonly move: StartedMove;
  /** Worker-up simulated time the commands gave the move until it completed (or the trace ended). */
  readonly creditedMs: number;
  /** The bound at the last step judged (it grows with the data the move must process). */
  readonly boundMs: number;
  readonly conversations: number;
  readonly messages: number;
  /** The first step at whose end the move was incomplete although the bound had passed; null if none. */
  readonly overdueStep: number | null;
  /** The first `leave-progress-page` command while the move ran (before completion or overdue). */
  readonly pageLeftStep: number | null;
  /** The move's verdict: completed in time, overdue, or not judged (the clock did not advance far enough). */
  readonly outcome: 'completed' | 'overdue' | 'not-judged';
}

const CACHE = new WeakMap<Trace, readonly MoveLiveness[]>();

/** The liveness of every accepted move of the trace, memoised. */
export function movesLiveness(trace: Trace): readonly MoveLiveness[] {
  const cached = CACHE.get(trace);
  if (cached !== undefined) return cached;
  const ci = commandIndex(trace);
  const data = channelData(ci);
  const built = ci.moves.map((move) => liveness(ci, move, data.get(move.channelId) ?? [0, 0]));
  CACHE.set(trace, built);
  return built;
}

/** Conversations and messages of each moved channel in the world before (one pass over it). */
function channelData(ci: CommandIndex): Map<string, [number, number]> {
  const data = new Map<string, [number, number]>();
  for (const move of ci.moves) data.set(move.channelId, [0, 0]);
  if (data.size === 0) return data;
  for (const conversation of ci.ix.trace.before.conversations) {
    const entry = data.get(currentChannelId(conversation));
    if (entry === undefined || conversation.location !== 'inbox') continue;
    entry[0] += 1;
    entry[1] += conversation.messages.length;
  }
  return data;
}

function messagesOf(ci: CommandIndex, conversationId: string): number {
  return (
    ci.ix.convsBefore.get(conversationId)?.messages.length ??
    ci.deliveries.get(conversationId)?.conversation.messages.length ??
    0
  );
}

/**
 * Credits worker-up time step by step from the start: `advance` its `ms`; `run-until-idle` its
 * `maxMs` (30 days by default) when the move is still running after it — the command promises to
 * advance until no move runs, at most that long. Nothing while the worker is down.
 */
function liveness(ci: CommandIndex, move: StartedMove, atStart: readonly [number, number]): MoveLiveness {
  const { steps } = ci.ix.trace;
  // History "none" leaves the old conversations alone (HIST-5): only arrivals count then.
  let conversations = move.history.kind === 'all' ? atStart[0] : 0;
  let messages = move.history.kind === 'all' ? atStart[1] : 0;
  let restarts = 0;
  let creditedMs = 0;
  let overdueStep: number | null = null;
  let pageLeftStep: number | null = null;
  const bound = () =>
    COMPLETION_BOUND.fixedMs +
    restarts * COMPLETION_BOUND.perRestartMs +
    conversations * COMPLETION_BOUND.perConversationMs +
    messages * COMPLETION_BOUND.perMessageMs;
  const end = move.completeStep ?? steps.length - 1;
  for (let s = move.startStep + 1; s <= end; s += 1) {
    const step = steps[s];
    if (step === undefined) break;
    const { command } = step;
    const up = ci.workerUpBefore[s] === 1;
    if (command.type === 'conversation-arrives') {
      const delivery = ci.deliveries.get(command.conversation.id);
      if (delivery?.step === s && delivery.channelId === move.channelId) {
        conversations += 1;
        messages += delivery.conversation.messages.length;
      }
    } else if (command.type === 'change-channel' && command.toChannelId === move.channelId) {
      // Generous: every conversation changed in counts, whatever the OPEN-3 policy.
      conversations += 1;
      messages += messagesOf(ci, command.conversationId);
    } else if (command.type === 'reply-arrives') messages += 1;
    else if (command.type === 'worker-restart' && !up) restarts += 1;
    else if (command.type === 'leave-progress-page' && pageLeftStep === null) pageLeftStep = s;
    if (up && command.type === 'advance' && Number.isFinite(command.ms) && command.ms > 0) {
      creditedMs += command.ms;
    } else if (up && command.type === 'run-until-idle' && s !== move.completeStep) {
      const max = command.maxMs ?? RUN_UNTIL_IDLE_MAX_MS;
      if (Number.isFinite(max) && max > 0) creditedMs += max;
    }
    if (s !== move.completeStep && creditedMs > bound()) {
      overdueStep = s;
      break;
    }
  }
  const outcome = overdueStep !== null ? 'overdue' : move.completeStep !== null ? 'completed' : 'not-judged';
  return {
    move,
    creditedMs,
    boundMs: bound(),
    conversations,
    messages,
    overdueStep,
    pageLeftStep,
    outcome,
  };
}

/** "the trace gave move of email-1 3 s of worker-up time of the 2 h 0 m it may take" — for not-judged evidence. */
export function notJudgedNote(life: MoveLiveness): string {
  return `the move of ${life.move.channelId} (step ${life.move.startStep}) did not complete, but the trace gave it only ${grouped(life.creditedMs)} ms of worker-up time of the ${grouped(life.boundMs)} ms it may take`;
}
