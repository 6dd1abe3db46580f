import type { Trace, Verdict } from '../../domain/index.ts';
import { createdInStep, helpDeskArrivals } from '../_arrivals.ts';
import { eventAt, traceIndex } from '../_trace-index.ts';
import { count, Findings, profiled } from '../_verdict.ts';

/**
 * NEW-1: a new conversation arriving in a channel in help desk lands in help desk, and in the same
 * step exactly one ticket is created for it, with the pipeline's first status, and is in help desk after.
 */
export const checkNew1: (trace: Trace) => Verdict = profiled('NEW-1', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('NEW-1');
  const arrivals = helpDeskArrivals(ix);
  const first = trace.before.account.pipeline.statuses[0];
  for (const arrival of arrivals) {
    const subjects = {
      conversations: [arrival.conversationId],
      channels: [arrival.channelId],
      step: arrival.step,
    };
    const created = createdInStep(ix, arrival.conversationId, arrival.step);
    const ticketId =
      created.length === 1 ? eventAt(trace, created[0] ?? -1, 'ticket-created')?.ticketId : undefined;
    const ticket = ticketId === undefined ? undefined : ix.ticketsAfter.get(ticketId);
    if (arrival.location !== 'help-desk') found.add('landed in help desk', 'landed in the inbox', subjects);
    else if (created.length !== 1) found.add('one ticket created', `${created.length} created`, subjects);
    else if (ticket === undefined) found.add('the created ticket in the world after', 'missing', subjects);
    else if (ticket.location !== 'help-desk' || ticket.conversationId !== arrival.conversationId) {
      found.add('ticket in help desk, associated', `${ticket.location}, for ${ticket.conversationId}`, {
        ...subjects,
        tickets: [ticket.id],
      });
    } else if (ticket.status !== first) {
      found.add(`status ${first}`, `status ${ticket.status}`, { ...subjects, tickets: [ticket.id] });
    }
  }
  return found.verdict(
    arrivals.length,
    `${count(arrivals.length, 'new conversations')} in moved channels got their ticket in help desk`,
    'no new conversation arrived in a channel already in help desk',
  );
});
