import type { Trace, Verdict } from '../../domain/index.ts';
import { moveTickets } from '../_move-tickets.ts';
import { accessAt, traceIndex } from '../_trace-index.ts';
import { count, Findings, profiled } from '../_verdict.ts';

/**
 * HIST-2c: a ticket a move creates is owned by the conversation's owner when that owner has help
 * desk access (read per OPEN-4), else unassigned; an owned one is followed by `ticket-assigned`.
 */
export const checkHist2c: (trace: Trace) => Verdict = profiled('HIST-2c', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('HIST-2c');
  const atStart = trace.options.policies['OPEN-4'] === 'at-move-start';
  let checked = 0;
  for (const { created, move, event, conversation, ticket } of moveTickets(ix)) {
    if (conversation === undefined) continue;
    checked += 1;
    const owner = conversation.ownerId;
    const access = owner !== null && accessAt(ix, owner, atStart ? move.startEvent : event);
    const expected = access ? owner : null;
    const actual = ticket?.ownerId ?? created.ownerId;
    const step = ix.stepOfEvent[event] ?? -1;
    const subjects = {
      conversations: [conversation.id],
      tickets: [created.ticketId],
      ...(owner === null ? {} : { users: [owner] }),
      step,
    };
    if (created.ownerId !== expected || actual !== expected) {
      found.add(`owner ${expected ?? 'none'}`, `owner ${actual ?? 'none'}`, subjects);
    } else if (expected !== null) {
      if (!assignedNext(trace, event, trace.steps[step]?.eventsTo ?? event + 1)) {
        found.add('ticket-assigned after the creation', 'none', subjects);
      }
    }
  }
  return found.verdict(
    checked,
    `checked the owner of ${count(checked, 'created tickets')}`,
    'no move created a ticket',
  );
});

/** A `ticket-assigned` of the created ticket within its unit of work (before the next conversation). */
function assignedNext(trace: Trace, created: number, end: number): boolean {
  const ticket = trace.events[created];
  for (let j = created + 1; j < end; j += 1) {
    const e = trace.events[j];
    if (e === undefined || e.type === 'conversation-moved' || e.type === 'conversation-arrived') return false;
    if (e.type === 'ticket-assigned' && ticket?.type === 'ticket-created' && e.ticketId === ticket.ticketId) {
      return e.ownerId === ticket.ownerId;
    }
  }
  return false;
}
