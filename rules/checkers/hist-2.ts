import { movedRecords } from '../_moved.ts';
import { eventAt, traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * HIST-2: a conversation moved without any ticket in the world before (or, for an arrival, without
 * one created earlier) gets exactly one new ticket, associated with it and in help desk in the world
 * after. The world after is the ground truth; the `ticket-created` event of the same step is a
 * cross-check: exactly one, naming that ticket.
 */
export const hist2 = defineChecker('HIST-2', (trace) => {
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
    const subjects = { conversations: [conv], channels: [channelId], step };
    const fresh = ticketsAfter.filter((t) => !ix.ticketsBefore.has(t.id));
    if (fresh.length !== 1) {
      found.add('one new ticket associated with it in the world after', `${fresh.length}`, {
        ...subjects,
        tickets: fresh.map((t) => t.id),
      });
      continue;
    }
    const [ticket] = fresh;
    if (ticket === undefined) continue;
    if (ticket.location !== 'help-desk') {
      found.add('the new ticket in help desk', ticket.location, { ...subjects, tickets: [ticket.id] });
      continue;
    }
    const now = created.filter((t) => t > e && ix.stepOfEvent[t] === step);
    const named = now.map((t) => eventAt(trace, t, 'ticket-created')?.ticketId ?? '');
    if (now.length !== 1 || named[0] !== ticket.id) {
      found.add(
        `one ticket-created naming ${ticket.id}`,
        now.length === 0 ? 'no ticket-created' : `ticket-created for ${named.join(', ')}`,
        { ...subjects, tickets: [ticket.id] },
      );
    }
  }
  return found.verdict(
    checked,
    `${count(checked, 'moved conversations without a ticket')} got exactly one`,
    'no conversation without a ticket was moved',
  );
});
