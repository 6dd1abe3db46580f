import type { Ticket, Trace, Verdict } from '../../domain/index.ts';
import { movedRecords } from '../_moved.ts';
import { eventAt, eventsOf, traceIndex } from '../_trace-index.ts';
import { count, Findings, profiled } from '../_verdict.ts';

const KEPT = [
  'conversationId',
  'subject',
  'createdAt',
  'status',
] as const satisfies readonly (keyof Ticket)[];

/**
 * HIST-1: a moved conversation that had tickets is moved with them (`ticket-moved` in the same step),
 * and each moved ticket is in help desk with its subject, create date, status and conversation
 * unchanged (its owner is OPEN-1's business, its SLA HIST-4's).
 */
export const checkHist1: (trace: Trace) => Verdict = profiled('HIST-1', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('HIST-1');
  let checked = 0;
  const movedTickets = new Set<string>();
  for (const e of eventsOf(ix, 'ticket-moved')) {
    const moved = eventAt(trace, e, 'ticket-moved');
    const before = moved === undefined ? undefined : ix.ticketsBefore.get(moved.ticketId);
    if (moved === undefined || before === undefined) continue;
    movedTickets.add(before.id);
    checked += 1;
    const after = ix.ticketsAfter.get(before.id);
    const subjects = {
      tickets: [before.id],
      conversations: [before.conversationId],
      step: ix.stepOfEvent[e] ?? -1,
    };
    if (after?.location !== 'help-desk') {
      found.add('ticket in help desk', after === undefined ? 'missing' : after.location, subjects);
      continue;
    }
    const changed = KEPT.filter((field) => after[field] !== before[field]);
    if (changed.length > 0) {
      const show = (t: Ticket) => changed.map((field) => `${field}=${String(t[field])}`).join(', ');
      found.add(`as is: ${show(before)}`, show(after), subjects);
    }
  }
  for (const { conversationId, ticketsBefore, step } of movedRecords(ix)) {
    if (ticketsBefore.length === 0 || ticketsBefore.some((ticket) => movedTickets.has(ticket.id))) continue;
    checked += 1;
    found.add('its ticket moved with it', 'no ticket-moved', {
      conversations: [conversationId],
      tickets: ticketsBefore.map((ticket) => ticket.id),
      step,
    });
  }
  return found.verdict(
    checked,
    `${count(checked, 'existing tickets')} moved as they were`,
    'no conversation with an existing ticket was moved',
  );
});
