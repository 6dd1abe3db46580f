import { formatSimTime } from '../../domain/index.ts';
import { movedRecords } from '../_moved.ts';
import { expectedSla, sameSla } from '../sla.ts';
import { slaEntryOf } from '../_sla-entries.ts';
import { traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * OPEN-8: the SLA clocks of a ticket that enters help desk with a moved conversation (an existing
 * ticket, or one created for it, maybe back-dated) start when it enters help desk
 * (`at-help-desk-entry`: the processing moment) or at its create date (`at-create-date`). Only
 * tickets for which the two starts give different due times tell the policies apart; the trace
 * violates the rule when such a ticket follows the policy not chosen. Due times that follow neither
 * are HIST-4's finding.
 */
export const open8 = defineChecker('OPEN-8', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('OPEN-8');
  const sla = trace.before.account.sla;
  const policy = trace.options.policies['OPEN-8'];
  const other = policy === 'at-create-date' ? 'at-help-desk-entry' : 'at-create-date';
  let checked = 0;
  let followed = 0;
  let neither = 0;
  if (sla !== null) {
    for (const record of movedRecords(ix)) {
      for (const ticket of record.ticketsAfter) {
        const entry = slaEntryOf(ix, record, ticket);
        if (entry === undefined) continue;
        const onEntry = expectedSla(sla, entry.processedAt);
        const onCreate = expectedSla(sla, entry.createdAt);
        if (sameSla(onEntry, onCreate)) continue;
        checked += 1;
        const chosen = policy === 'at-create-date' ? onCreate : onEntry;
        const notChosen = policy === 'at-create-date' ? onEntry : onCreate;
        if (ticket.sla !== null && sameSla(ticket.sla, chosen)) followed += 1;
        else if (ticket.sla !== null && sameSla(ticket.sla, notChosen)) {
          const start = policy === 'at-create-date' ? entry.processedAt : entry.createdAt;
          found.add(
            `SLA clocks started ${policy === 'at-create-date' ? 'at the create date' : 'on entry to help desk'} (${policy})`,
            `started ${other === 'at-create-date' ? 'at the create date' : 'on entry to help desk'}, ${formatSimTime(start)} (${other})`,
            { conversations: [record.conversationId], tickets: [ticket.id], step: record.step },
          );
        } else neither += 1;
      }
    }
  }
  return found.verdict(
    checked,
    `${count(followed, 'tickets')} consistent with "${policy}"` +
      (neither > 0 ? ` (${count(neither, 'tickets')} with neither start: see HIST-4)` : ''),
    sla === null
      ? 'the account has no help desk SLAs'
      : 'no moved ticket whose create date and entry into help desk give different SLA due times',
  );
});
