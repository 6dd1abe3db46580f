import { formatSimTime } from '../../domain/index.ts';
import { createdInStep, helpDeskArrivals } from '../_arrivals.ts';
import { slaFinding, stepWindow } from '../sla.ts';
import { scriptHistory } from '../_script-history.ts';
import { eventAt, traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * NEW-2: each ticket created for a new conversation of a moved channel is owned by the
 * conversation's owner only if that owner has help desk access at that moment (else unassigned),
 * and carries SLA due times exactly when the account has help desk SLAs: each target added, in
 * the account's schedule, to the moment the ticket was created (the arrival step's clock).
 */
export const new2 = defineChecker('NEW-2', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('NEW-2');
  const sla = trace.before.account.sla;
  const history = scriptHistory(ix);
  let checked = 0;
  for (const arrival of helpDeskArrivals(ix)) {
    for (const t of createdInStep(ix, arrival.conversationId, arrival.step)) {
      const created = eventAt(trace, t, 'ticket-created');
      // The owner and their access as the world before and the script's commands leave them at the
      // arrival step — not the world after, which a system that rewrites owners would rewrite too.
      const conversation = history.at(arrival.conversationId, arrival.step);
      if (created === undefined || conversation === undefined) continue;
      checked += 1;
      const owner = conversation.ownerId;
      const expected = owner !== null && history.accessAt(owner, arrival.step) ? owner : null;
      const ticket = ix.ticketsAfter.get(created.ticketId);
      const subjects = {
        conversations: [arrival.conversationId],
        tickets: [created.ticketId],
        ...(owner === null ? {} : { users: [owner] }),
        step: arrival.step,
      };
      const actualOwner = ticket?.ownerId ?? created.ownerId;
      if (created.ownerId !== expected || actualOwner !== expected) {
        found.add(`owner ${expected ?? 'none'}`, `owner ${actualOwner ?? 'none'}`, subjects);
      }
      // The clocks start when the ticket is created: the arrival step's clock (the log's time is
      // only trusted inside it).
      const [from, to] = stepWindow(trace, arrival.step);
      if (sla !== null && (created.at < from || created.at > to)) {
        found.add(
          `created within step ${arrival.step}'s clock [${formatSimTime(from)}, ${formatSimTime(to)}]`,
          `created at ${formatSimTime(created.at)}`,
          subjects,
        );
      }
      const wrong = ticket === undefined ? undefined : slaFinding(sla, ticket, created.at);
      if (wrong !== undefined) found.add(wrong.expected, wrong.actual, subjects);
    }
  }
  return found.verdict(
    checked,
    `${count(checked, 'new tickets')} of moved channels respect help desk access and SLAs`,
    'no ticket was created for a new conversation of a channel in help desk',
  );
});
