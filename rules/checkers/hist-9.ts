import type { Conversation, Trace } from '../../domain/index.ts';
import { currentChannelId } from '../../domain/index.ts';
import type { ScriptHistory } from '../conversation-at.ts';
import { scriptHistory } from '../conversation-at.ts';
import type { TraceIndex } from '../trace-index.ts';
import { traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/** An accepted `start-move` with history "all" whose channel reached help desk. */
interface CompletedMove {
  readonly channelId: string;
  readonly startStep: number;
  /** The first step after which the channel was observed in help desk (the last step if only the world after shows it). */
  readonly completeStep: number;
}

/**
 * The "all" moves the script started (accepted commands, not `move-started` events) that completed:
 * the channel is observed in help desk after some step, or is in help desk in the world after.
 * Moves that never complete are MOVE-1's (liveness), not this rule's.
 */
function completedAllMoves(ix: TraceIndex): CompletedMove[] {
  const { trace } = ix;
  const moves: CompletedMove[] = [];
  for (const step of trace.steps) {
    const { command } = step;
    if (command.type !== 'start-move' || step.result.status !== 'accepted') continue;
    if (command.history.kind !== 'all') continue;
    const { channelId } = command;
    let completeStep: number | undefined;
    for (let s = step.index; s < trace.steps.length; s += 1) {
      if (trace.steps[s]?.observation.channelLocations[channelId] === 'help-desk') {
        completeStep = s;
        break;
      }
    }
    if (completeStep === undefined && ix.channelsAfter.get(channelId)?.location === 'help-desk')
      completeStep = trace.steps.length - 1;
    if (completeStep !== undefined) moves.push({ channelId, startStep: step.index, completeStep });
  }
  return moves;
}

/**
 * Whether the conversation belongs to the moved channel when the move processes it (OPEN-3), from
 * the world before (or its arrival command) and the script's `change-channel` commands. With
 * `at-processing` the channel it has when the move completes counts — a move completes only when
 * nothing of its channel is left — and one changed out of the channel before that is left to
 * HIST-7/OPEN-3 (whether it was reached first depends on timing); with `at-move-start`, the channel
 * it had when the move started.
 */
function belongs(
  history: ScriptHistory,
  move: CompletedMove,
  origin: Conversation,
  arrived: number,
  atStart: boolean,
): boolean {
  if (history.changes(origin.id).length === 0) return currentChannelId(origin) === move.channelId;
  const step = atStart ? Math.max(move.startStep, arrived) : move.completeStep;
  return history.at(origin.id, step)?.channelId === move.channelId;
}

/** How many times each conversation ID is listed in the world after, and where (only when some are listed twice). */
function listings(trace: Trace, ix: TraceIndex): Map<string, string[]> | undefined {
  if (ix.convsAfter.size === trace.after.conversations.length) return undefined;
  const where = new Map<string, string[]>();
  for (const c of trace.after.conversations) {
    const list = where.get(c.id);
    if (list === undefined) where.set(c.id, [c.location]);
    else list.push(c.location);
  }
  return where;
}

/**
 * HIST-9: with history "all", every conversation whose current channel is the moved channel when it
 * is processed (OPEN-3) ends in help desk in the world after — whatever its history, status, owner
 * or ticket count — and is listed exactly once there (not also as an inbox copy). Ground truth: the
 * world before, the `start-move` and `change-channel` commands and the world after; the event log
 * plays no part (a system that skips conversations can log whatever it likes). Conversations that
 * arrive in the channel during the move are MOVE-2's.
 */
export const hist9 = defineChecker('HIST-9', (trace) => {
  const ix = traceIndex(trace);
  const history = scriptHistory(ix);
  const found = new Findings('HIST-9');
  const atStart = trace.options.policies['OPEN-3'] === 'at-move-start';
  const moves = completedAllMoves(ix);
  const listed = moves.length === 0 ? undefined : listings(trace, ix);
  const arrivals: { readonly conversation: Conversation; readonly step: number }[] = [];
  for (const step of trace.steps) {
    const { command } = step;
    if (command.type !== 'conversation-arrives') continue;
    if (history.arrivalStep(command.conversation.id) === step.index)
      arrivals.push({ conversation: command.conversation, step: step.index });
  }
  let checked = 0;
  for (const move of moves) {
    const judge = (origin: Conversation, arrived: number): void => {
      if (!belongs(history, move, origin, arrived, atStart)) return;
      checked += 1;
      const after = ix.convsAfter.get(origin.id);
      const places = listed?.get(origin.id) ?? (after === undefined ? [] : [after.location]);
      if (places.length === 1 && places[0] === 'help-desk') return;
      const tickets = ix.ticketsBeforeByConv.get(origin.id);
      const owner = origin.ownerId ?? 'no owner';
      const was = `${origin.status}, ${owner}, ${count(tickets.length, 'tickets')}, channels ${origin.channelHistory.join('→')}`;
      found.add(
        `in help desk, listed once (${was} before)`,
        places.length === 0
          ? 'missing'
          : places.length === 1
            ? `in the ${places[0] ?? ''}`
            : `listed ${places.length} times: ${places.join(', ')}`,
        {
          conversations: [origin.id],
          channels: [move.channelId],
          ...(tickets.length === 0 ? {} : { tickets: tickets.map((t) => t.id) }),
          ...(origin.ownerId === null ? {} : { users: [origin.ownerId] }),
          step: move.completeStep,
        },
      );
    };
    for (const conversation of trace.before.conversations) judge(conversation, -1);
    for (const { conversation, step } of arrivals) {
      // Arrivals in the moving channel during the move are MOVE-2's; later ones NEW-1's.
      if (step > move.completeStep) continue;
      if (step > move.startStep && currentChannelId(conversation) === move.channelId) continue;
      judge(conversation, step);
    }
  }
  return found.verdict(
    checked,
    `${count(checked, 'conversations')} of ${count(moves.length, 'completed "all" moves')} ended in help desk, once`,
    moves.length === 0 ? 'no move with history "all" completed' : 'the moved channels had no conversations',
  );
});
