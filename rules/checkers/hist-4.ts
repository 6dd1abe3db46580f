import { formatSimTime } from '../../domain/index.ts';
import { movedRecords } from '../_moved.ts';
import { slaFinding, stepWindow } from '../sla.ts';
import { slaEntryOf } from '../_sla-entries.ts';
import { accessAt, traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * HIST-4: every ticket that enters help desk with a moved conversation carries the account's SLA
 * due times — none without SLAs; with SLAs, each target added to the clock's start (OPEN-8: the
 * moment the step processed it, or the ticket's create date as the world before had it) in the
 * account's schedule (24/7 or operating hours), computed by the checkers' own SLA clock. A
 * processing time the log places outside its step's clock is a finding. And, under OPEN-1
 * `unassign`, no moved ticket keeps an owner who lacked help desk access when it moved — or when
 * its move started, under OPEN-4 `at-move-start` (under `keep-owner` that conflict is OPEN-1's).
 */
export const hist4 = defineChecker('HIST-4', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('HIST-4');
  const sla = trace.before.account.sla;
  const unassign = trace.options.policies['OPEN-1'] === 'unassign';
  const fromCreateDate = trace.options.policies['OPEN-8'] === 'at-create-date';
  let checked = 0;
  const atStart = trace.options.policies['OPEN-4'] === 'at-move-start';
  for (const record of movedRecords(ix)) {
    const { event: e, step, conversationId: conv, ticketsAfter, ticketsBefore, move } = record;
    // Access is read when the ticket moves, or as it was at the move's start (OPEN-4).
    const readAt = atStart && move !== undefined ? move.startEvent : e;
    const [from, to] = stepWindow(trace, step);
    for (const ticket of ticketsAfter) {
      if (ticket.location !== 'help-desk') continue;
      checked += 1;
      const subjects = { conversations: [conv], tickets: [ticket.id], step };
      const entry = slaEntryOf(ix, record, ticket);
      if (entry === undefined) {
        // Not entered by this processing: only whether SLAs apply at all is judged here.
        if ((ticket.sla !== null) !== (sla !== null)) {
          found.add(
            sla !== null ? 'SLA due times' : 'no SLA',
            ticket.sla === null ? 'no SLA' : 'SLA set',
            subjects,
          );
        }
      } else {
        const outside = entry.processedAt < from || entry.processedAt > to;
        if (!fromCreateDate && sla !== null && outside) {
          found.add(
            `processed within step ${step}'s clock [${formatSimTime(from)}, ${formatSimTime(to)}]`,
            `SLA clocks started at ${formatSimTime(entry.processedAt)}`,
            subjects,
          );
        }
        const wrong = slaFinding(sla, ticket, fromCreateDate ? entry.createdAt : entry.processedAt);
        if (wrong !== undefined) found.add(wrong.expected, wrong.actual, subjects);
      }
      const old = ticketsBefore.some((t) => t.id === ticket.id);
      if (unassign && old && ticket.ownerId !== null && !accessAt(ix, ticket.ownerId, readAt)) {
        found.add('unassigned (owner lacks access, OPEN-1 unassign)', `owner ${ticket.ownerId}`, subjects);
      }
    }
  }
  return found.verdict(
    checked,
    `${count(checked, 'tickets')} of moved conversations follow help desk SLAs (${sla?.schedule ?? 'none'}) and access`,
    'no conversation was moved',
  );
});
