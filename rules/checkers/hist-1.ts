import type { Ticket } from '../../domain/index.ts';
import { processingStep, scriptHistory } from '../conversation-at.ts';
import { movedRecords } from '../_moved.ts';
import { eventAt, eventsOf, traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';
import { sameJson } from '../canonical.ts';

/** Fields a move may change on an existing ticket: where it is, and its SLA (HIST-4). The owner is below. */
const MAY_CHANGE = new Set<string>(['location', 'sla', 'ownerId']);

/**
 * HIST-1: a moved conversation that had tickets in the world before is moved with them, as is:
 * every field of each ticket in help desk after equals the ticket in the world before, except its
 * location, its SLA (HIST-4) and, under OPEN-1 `unassign`, the owner of an owner without help desk
 * access (read per OPEN-4 from the world before and `set-help-desk-access` commands), who is
 * removed; otherwise the owner stays. A `ticket-moved` event for a ticket not in help desk after,
 * or a moved ticket without its event, is a finding (the log is a cross-check).
 */
export const hist1 = defineChecker('HIST-1', (trace) => {
  const ix = traceIndex(trace);
  const history = scriptHistory(ix);
  const found = new Findings('HIST-1');
  const unassign = trace.options.policies['OPEN-1'] === 'unassign';
  const accessAtStart = trace.options.policies['OPEN-4'] === 'at-move-start';
  const logged = new Set<string>();
  for (const e of eventsOf(ix, 'ticket-moved')) {
    const id = eventAt(trace, e, 'ticket-moved')?.ticketId;
    if (id !== undefined) logged.add(id);
  }
  let checked = 0;
  const judged = new Set<string>();
  for (const { conversationId, ticketsBefore, step, move } of movedRecords(ix)) {
    if (ticketsBefore.length === 0) continue;
    let moved = 0;
    for (const before of ticketsBefore) {
      if (judged.has(before.id)) continue;
      const after = ix.ticketsAfter.get(before.id);
      const subjects = { tickets: [before.id], conversations: [conversationId], step };
      if (after?.location !== 'help-desk') {
        if (logged.has(before.id)) {
          judged.add(before.id);
          checked += 1;
          found.add(
            'ticket in help desk (ticket-moved was logged)',
            after === undefined ? 'missing' : after.location,
            subjects,
          );
        }
        continue;
      }
      judged.add(before.id);
      moved += 1;
      checked += 1;
      let expectedOwner = before.ownerId;
      if (unassign && expectedOwner !== null) {
        const readAt = accessAtStart
          ? Math.max(move?.startStep ?? step, 0)
          : processingStep(
              history,
              move,
              conversationId,
              step,
              'at-processing',
              history.accessChanges(expectedOwner),
            ).step;
        if (!history.accessAt(expectedOwner, readAt)) expectedOwner = null;
      }
      const changed = changedFields(before, after);
      if (after.ownerId !== expectedOwner) changed.push('ownerId');
      if (changed.length > 0) {
        const show = (t: Ticket) => changed.map((field) => `${field}=${show1(t, field)}`).join(', ');
        const want = changed.map((f) => `${f}=${f === 'ownerId' ? String(expectedOwner) : show1(before, f)}`);
        found.add(`as is: ${want.join(', ')}`, show(after), subjects);
      } else if (!logged.has(before.id)) {
        found.add('ticket-moved logged for the moved ticket', 'none', subjects);
      }
    }
    if (moved === 0 && !ticketsBefore.some((t) => judged.has(t.id))) {
      checked += 1;
      found.add('its ticket moved with it', 'no ticket in help desk', {
        conversations: [conversationId],
        tickets: ticketsBefore.map((ticket) => ticket.id),
        step,
      });
    }
  }
  return found.verdict(
    checked,
    `${count(checked, 'existing tickets')} moved as they were before the move`,
    'no conversation with an existing ticket was moved',
  );
});

/**
 * Every field that differs between the ticket before and after, except those a move may change.
 * Field by field over whatever the tickets hold (a field added to Ticket is covered without a
 * change here), without allocating per ticket: it runs on every moved ticket of a large trace.
 */
function changedFields(before: Ticket, after: Ticket): string[] {
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  const changed: string[] = [];
  let keysBefore = 0;
  for (const key in a) {
    keysBefore += 1;
    if (!MAY_CHANGE.has(key) && a[key] !== b[key] && !sameJson(a[key], b[key])) changed.push(key);
  }
  let keysAfter = 0;
  for (const _key in b) keysAfter += 1;
  if (keysAfter !== keysBefore)
    for (const key in b) if (!(key in a) && !MAY_CHANGE.has(key)) changed.push(key);
  return changed;
}

function show1(ticket: Ticket, field: string): string {
  return JSON.stringify((ticket as unknown as Record<string, unknown>)[field] ?? null);
}
