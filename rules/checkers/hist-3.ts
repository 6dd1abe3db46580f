import type { Trace, Verdict } from '../../domain/index.ts';
import { eventAt, eventsOf, inHelpDeskAt, traceIndex } from '../_trace-index.ts';
import { count, Findings, profiled } from '../_verdict.ts';

/**
 * HIST-3: a reply to a conversation in help desk is logged in help desk on one of the
 * conversation's help desk tickets, and is among its messages in the world after.
 */
export const checkHist3: (trace: Trace) => Verdict = profiled('HIST-3', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('HIST-3');
  let checked = 0;
  for (const r of eventsOf(ix, 'reply-added')) {
    const reply = eventAt(trace, r, 'reply-added');
    if (reply === undefined || !inHelpDeskAt(ix, reply.conversationId, r)) continue;
    checked += 1;
    const conv = reply.conversationId;
    const tickets = ix.ticketsAfterByConv.get(conv).filter((t) => t.location === 'help-desk');
    const subjects = { conversations: [conv], step: ix.stepOfEvent[r] ?? -1 };
    const onTicket = tickets.some((t) => t.id === reply.ticketId);
    if (reply.location !== 'help-desk' || !onTicket) {
      found.add(
        `in help desk on ticket ${tickets.map((t) => t.id).join(' or ') || '(none)'}`,
        `${reply.location}, ticket ${reply.ticketId ?? 'none'}`,
        subjects,
      );
    } else if (!(ix.convsAfter.get(conv)?.messages ?? []).some((m) => m.id === reply.messageId)) {
      found.add(`message ${reply.messageId} in the conversation`, 'missing', subjects);
    }
  }
  return found.verdict(
    checked,
    `${count(checked, 'replies')} to help desk conversations appeared on their ticket`,
    'no reply arrived for a conversation in help desk',
  );
});
