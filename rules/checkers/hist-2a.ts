import { formatSimTime } from '../../domain/index.ts';
import { scriptHistory } from '../conversation-at.ts';
import { moveTickets } from '../_move-tickets.ts';
import { traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * HIST-2a: a ticket a move creates for a historical conversation is dated at the conversation's
 * start as it was before the move (the world before, or the `conversation-arrives` command) — not
 * the start date in the world after, which a system could reset along with the ticket. The
 * `ticket-created` event is a cross-check: disagreeing with the ticket it names is a finding too.
 */
export const hist2a = defineChecker('HIST-2a', (trace) => {
  const ix = traceIndex(trace);
  const history = scriptHistory(ix);
  const found = new Findings('HIST-2a');
  let checked = 0;
  for (const { created, historical, event, ticket } of moveTickets(ix)) {
    const conv = created.conversationId;
    const origin = history.origin(conv);
    if (!historical || origin === undefined) continue;
    checked += 1;
    const expected = origin.startedAt;
    const subjects = {
      conversations: [conv],
      tickets: [created.ticketId],
      step: ix.stepOfEvent[event] ?? -1,
    };
    const stored = ticket?.createdAt ?? created.createdAt;
    if (stored !== expected) {
      found.add(
        `createdAt ${formatSimTime(expected)} (the conversation's start before the move)`,
        `createdAt ${formatSimTime(stored)}`,
        subjects,
      );
    } else if (created.createdAt !== stored) {
      found.add(
        `ticket-created says createdAt ${formatSimTime(stored)}, as the ticket has`,
        `ticket-created says ${formatSimTime(created.createdAt)}`,
        subjects,
      );
    }
  }
  return found.verdict(
    checked,
    `checked ${count(checked, 'created tickets')} of historical conversations against their start before the move`,
    'no ticket was created for a historical conversation',
  );
});
