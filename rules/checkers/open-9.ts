import type { Trace } from '../../domain/index.ts';
import { processingStep, scriptHistory } from '../conversation-at.ts';
import type { ConversationState, ScriptHistory } from '../conversation-at.ts';
import { moveTickets } from '../_move-tickets.ts';
import type { MoveTicket } from '../_move-tickets.ts';
import { traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/** What a created ticket shows of its conversation's lifecycle: a status and an owner. */
interface Shown {
  readonly status: string | undefined;
  readonly ownerId: string | null;
}

/**
 * OPEN-9: a conversation closed, reopened or reassigned during the move before its turn. Its
 * created ticket follows the state and owner at the moment it is processed (`at-processing`) or as
 * they were when the move started (`at-move-start`; an arrival's, as it arrived). Ground truth: the
 * script's commands replayed on the world before (`conversation-at.ts`), the statuses chosen in the
 * start-move command, and the ticket in the world after (the `ticket-created` event only when the
 * ticket is missing, which HIST-2 judges). Only tickets for which the two readings differ are
 * judged; a ticket that matches neither reading is HIST-2b's or HIST-2c's to judge.
 */
export const open9 = defineChecker('OPEN-9', (trace) => {
  const ix = traceIndex(trace);
  const history = scriptHistory(ix);
  const found = new Findings('OPEN-9');
  const policy = trace.options.policies['OPEN-9'];
  const other = policy === 'at-processing' ? 'at-move-start' : 'at-processing';
  let checked = 0;
  for (const item of moveTickets(ix)) {
    const id = item.created.conversationId;
    if (history.changes(id).length === 0) continue;
    const logged = ix.stepOfEvent[item.event] ?? -1;
    const processed = processingStep(history, item.move, id, logged, 'at-processing').step;
    const started = processingStep(history, item.move, id, logged, 'at-move-start').step;
    const atProcessing = history.at(id, processed);
    const atStart = history.at(id, started);
    if (atProcessing === undefined || atStart === undefined) continue;
    const byProcessing = shown(trace, history, item, atProcessing, processed);
    const byStart = shown(trace, history, item, atStart, processed);
    if (same(byProcessing, byStart)) continue;
    checked += 1;
    const ticket = item.ticket ?? item.created;
    const actual: Shown = { status: ticket.status, ownerId: ticket.ownerId };
    const [expected, otherReading] =
      policy === 'at-processing' ? [byProcessing, byStart] : [byStart, byProcessing];
    if (!same(actual, expected) && same(actual, otherReading)) {
      found.add(`${describe(expected)} (${policy})`, `${describe(actual)}, the ${other} reading`, {
        conversations: [id],
        tickets: [item.created.ticketId],
        channels: [item.move.channelId],
        step: processed,
      });
    }
  }
  return found.verdict(
    checked,
    `${count(checked, 'tickets')} of conversations closed, reopened or reassigned mid-move followed "${policy}"`,
    'no conversation was closed, reopened or reassigned during a move, before its turn, in a way that changes its ticket',
  );
});

/**
 * The ticket a lifecycle state gives: the chosen status after it (HIST-2b; the pipeline's first with
 * history "none"), and its owner if that owner has access (HIST-2c), read when the ticket is created
 * or when the move started (OPEN-4).
 */
function shown(
  trace: Trace,
  history: ScriptHistory,
  item: MoveTicket,
  state: ConversationState,
  processed: number,
): Shown {
  const choice = item.move.history;
  let status: string | undefined = trace.before.account.pipeline.statuses[0];
  if (choice.kind === 'all') status = state.status === 'open' ? choice.openStatus : choice.closedStatus;
  const owner = state.ownerId;
  const accessStep = trace.options.policies['OPEN-4'] === 'at-move-start' ? item.move.startStep : processed;
  return { status, ownerId: owner !== null && history.accessAt(owner, accessStep) ? owner : null };
}

function same(a: Shown, b: Shown): boolean {
  return a.status === b.status && a.ownerId === b.ownerId;
}

function describe(shown: Shown): string {
  return `status ${shown.status ?? '(none)'}, owner ${shown.ownerId ?? 'none'}`;
}
