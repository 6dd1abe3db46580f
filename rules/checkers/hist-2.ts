import type { Trace, Verdict } from '../../domain/index.ts';
import { movedRecords } from '../_moved.ts';
import { eventAt, traceIndex } from '../_trace-index.ts';
import { count, Findings, profiled } from '../_verdict.ts';

/**
 * HIST-2: a conversation moved without any ticket gets exactly one new ticket in the same step,
 * associated with it and in help desk in the world after.
 */
export const checkHist2: (trace: Trace) => Verdict = profiled('HIST-2', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('HIST-2');
  let checked = 0;
  for (const {
    event: e,
    step,
    conversationId: conv,
    channelId,
    ticketsBefore,
    ticketsAfter,
    created,
  } of movedRecords(ix)) {
    if (ticketsBefore.length > 0 || created.some((t) => t < e)) continue;
    checked += 1;
    const now = created.filter((t) => t > e && ix.stepOfEvent[t] === step);
    const subjects = { conversations: [conv], channels: [channelId], step };
    if (now.length !== 1) {
      found.add('one ticket created', `${now.length} created`, subjects);
      continue;
    }
    const ticketId = eventAt(trace, now[0] ?? -1, 'ticket-created')?.ticketId ?? '';
    const ticket = ticketsAfter.find((t) => t.id === ticketId);
    if (ticket?.location !== 'help-desk') {
      const actual = ticket === undefined ? 'missing or not associated' : ticket.location;
      found.add('the ticket in help desk, associated', actual, { ...subjects, tickets: [ticketId] });
    }
  }
  return found.verdict(
    checked,
    `${count(checked, 'moved conversations without a ticket')} got exactly one`,
    'no conversation without a ticket was moved',
  );
});
