import type { Trace, Verdict } from '../../domain/index.ts';
import { movedRecords } from '../_moved.ts';
import { accessAt, traceIndex } from '../_trace-index.ts';
import { count, Findings, profiled } from '../_verdict.ts';

/**
 * HIST-4: every help desk ticket of a moved conversation carries SLA due times exactly when the
 * account has help desk SLAs; and, under OPEN-1 `unassign`, no moved ticket keeps an owner who
 * lacked help desk access when it moved — or when its move started, under OPEN-4 `at-move-start`
 * (under `keep-owner` that conflict is OPEN-1's, by policy).
 */
export const checkHist4: (trace: Trace) => Verdict = profiled('HIST-4', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('HIST-4');
  const hasSla = trace.before.account.sla !== null;
  const unassign = trace.options.policies['OPEN-1'] === 'unassign';
  let checked = 0;
  const atStart = trace.options.policies['OPEN-4'] === 'at-move-start';
  for (const { event: e, step, conversationId: conv, ticketsAfter, ticketsBefore, move } of movedRecords(
    ix,
  )) {
    // Access is read when the ticket moves, or as it was at the move's start (OPEN-4).
    const readAt = atStart && move !== undefined ? move.startEvent : e;
    for (const ticket of ticketsAfter) {
      if (ticket.location !== 'help-desk') continue;
      checked += 1;
      const subjects = { conversations: [conv], tickets: [ticket.id], step };
      if ((ticket.sla !== null) !== hasSla) {
        found.add(hasSla ? 'SLA due times' : 'no SLA', ticket.sla === null ? 'no SLA' : 'SLA set', subjects);
      }
      const old = ticketsBefore.some((t) => t.id === ticket.id);
      if (unassign && old && ticket.ownerId !== null && !accessAt(ix, ticket.ownerId, readAt)) {
        found.add('unassigned (owner lacks access, OPEN-1 unassign)', `owner ${ticket.ownerId}`, subjects);
      }
    }
  }
  return found.verdict(
    checked,
    `${count(checked, 'tickets')} of moved conversations follow help desk SLAs and access`,
    'no conversation was moved',
  );
});
