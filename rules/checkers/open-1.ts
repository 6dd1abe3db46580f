import type { Trace } from '../../domain/index.ts';
import { accessAt, eventAt, eventsOf, moveAt, traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * OPEN-1: a moved existing ticket whose owner lacked help desk access when it moved (or when the
 * move started, under OPEN-4 `at-move-start`) keeps that
 * owner (`keep-owner`, no assignment logged) or is unassigned (`unassign`, `ticket-assigned` null).
 */
export const open1 = defineChecker('OPEN-1', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('OPEN-1');
  const unassign = trace.options.policies['OPEN-1'] === 'unassign';
  const atStart = trace.options.policies['OPEN-4'] === 'at-move-start';
  let checked = 0;
  for (const e of eventsOf(ix, 'ticket-moved')) {
    const moved = eventAt(trace, e, 'ticket-moved');
    const before = moved === undefined ? undefined : ix.ticketsBefore.get(moved.ticketId);
    if (before === undefined) continue;
    const step = ix.stepOfEvent[e] ?? -1;
    const logged = unassignmentLogged(trace, e, trace.steps[step]?.eventsTo ?? e, before.id);
    if (before.ownerId === null) {
      // A ticket without an owner has nobody to unassign: an assignment logged for it is no change.
      if (logged)
        found.add('no ticket-assigned for a ticket without an owner', 'ticket-assigned (none)', {
          tickets: [before.id],
          conversations: [before.conversationId],
          step,
        });
      continue;
    }
    // Access is read when the ticket moves, or as it was at the move's start (OPEN-4).
    const readAt = atStart ? (moveAt(ix, e)?.startEvent ?? e) : e;
    if (accessAt(ix, before.ownerId, readAt)) continue;
    checked += 1;
    const owner = ix.ticketsAfter.get(before.id)?.ownerId;
    const expected = unassign ? null : before.ownerId;
    const subjects = {
      tickets: [before.id],
      conversations: [before.conversationId],
      users: [before.ownerId],
      step,
    };
    if (owner !== expected || logged !== unassign) {
      found.add(
        `owner ${expected ?? 'none'}${unassign ? ' with ticket-assigned (none)' : ''}`,
        `owner ${owner ?? 'none'}${logged ? ' with ticket-assigned (none)' : ''}`,
        subjects,
      );
    }
  }
  return found.verdict(
    checked,
    `${count(checked, 'moved tickets')} with an owner lacking access followed "${trace.options.policies['OPEN-1']}"`,
    'no moved ticket had an owner without help desk access',
  );
});

/** Whether the last `ticket-assigned` of the ticket just after its `ticket-moved` (within its unit) unassigns it. */
function unassignmentLogged(trace: Trace, moved: number, end: number, ticketId: string): boolean {
  let logged = false;
  for (let j = moved + 1; j < end && j < moved + 4; j += 1) {
    const next = trace.events[j];
    if (next?.type === 'ticket-assigned' && next.ticketId === ticketId) logged = next.ownerId === null;
  }
  return logged;
}
