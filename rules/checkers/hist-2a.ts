import type { Trace, Verdict } from '../../domain/index.ts';
import { formatSimTime } from '../../domain/index.ts';
import { moveTickets } from '../_move-tickets.ts';
import { traceIndex } from '../_trace-index.ts';
import { count, Findings, profiled } from '../_verdict.ts';

/** HIST-2a: a ticket a move creates for a historical conversation is dated at the conversation's start. */
export const checkHist2a: (trace: Trace) => Verdict = profiled('HIST-2a', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('HIST-2a');
  let checked = 0;
  for (const { created, historical, event, conversation, ticket } of moveTickets(ix)) {
    if (!historical || conversation === undefined) continue;
    checked += 1;
    const stored = ticket?.createdAt ?? created.createdAt;
    if (created.createdAt !== conversation.startedAt || stored !== conversation.startedAt) {
      found.add(`createdAt ${formatSimTime(conversation.startedAt)}`, `createdAt ${formatSimTime(stored)}`, {
        conversations: [conversation.id],
        tickets: [created.ticketId],
        step: ix.stepOfEvent[event] ?? -1,
      });
    }
  }
  return found.verdict(
    checked,
    `checked ${count(checked, 'created tickets')} of historical conversations`,
    'no ticket was created for a historical conversation',
  );
});
