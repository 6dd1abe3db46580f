import type { Trace } from '../../domain/index.ts';
import { processingStep, scriptHistory, stateWhenProcessed } from '../conversation-at.ts';
import { moveTickets } from '../_move-tickets.ts';
import { traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * HIST-2c: a ticket a move creates is owned by the conversation's owner when it was processed
 * (OPEN-9), if that owner has help desk access (OPEN-4: when the ticket is created, or when the
 * move started), else unassigned. Owner and access come from the world before and the script's
 * commands (`set-help-desk-access`), not from the world after (a system that clears owners as it
 * moves conversations would pass) nor from its own `access-changed` events. An owned ticket is
 * followed by `ticket-assigned`, an unowned one by none; a `ticket-created` event disagreeing with
 * its ticket is a finding.
 */
export const hist2c = defineChecker('HIST-2c', (trace) => {
  const ix = traceIndex(trace);
  const history = scriptHistory(ix);
  const lifecycle = trace.options.policies['OPEN-9'];
  const accessAtStart = trace.options.policies['OPEN-4'] === 'at-move-start';
  const found = new Findings('HIST-2c');
  let checked = 0;
  for (const { created, move, event, ticket } of moveTickets(ix)) {
    const conv = created.conversationId;
    const step = ix.stepOfEvent[event] ?? -1;
    const processed = stateWhenProcessed(history, move, conv, step, lifecycle);
    if (processed === undefined) continue;
    checked += 1;
    const owner = processed.state.ownerId;
    let access = false;
    if (owner !== null) {
      const readAt = accessAtStart
        ? Math.max(move.startStep, history.arrivalStep(conv) ?? -1, 0)
        : processingStep(history, move, conv, step, 'at-processing', history.accessChanges(owner)).step;
      access = history.accessAt(owner, readAt);
    }
    const expected = access ? owner : null;
    const actual = ticket === undefined ? created.ownerId : ticket.ownerId;
    const subjects = {
      conversations: [conv],
      tickets: [created.ticketId],
      ...(owner === null ? {} : { users: [owner] }),
      step,
    };
    const why =
      owner === null ? 'no owner' : access ? `owner ${owner} has access` : `owner ${owner} lacks access`;
    if (actual !== expected) {
      found.add(`owner ${expected ?? 'none'} (${why} when processed)`, `owner ${actual ?? 'none'}`, subjects);
    } else if (created.ownerId !== actual) {
      found.add(
        `ticket-created says owner ${actual ?? 'none'}, as the ticket has`,
        `ticket-created says ${created.ownerId ?? 'none'}`,
        subjects,
      );
    } else if (assignedNext(trace, event, trace.steps[step]?.eventsTo ?? event + 1) !== (expected !== null)) {
      // An owned ticket logs its assignment; an unowned one logs none (assigning nobody is no change).
      const logged = expected === null ? 'ticket-assigned (none)' : 'none';
      found.add(
        expected === null ? 'no ticket-assigned' : 'ticket-assigned after the creation',
        logged,
        subjects,
      );
    }
  }
  return found.verdict(
    checked,
    `checked the owner of ${count(checked, 'created tickets')} against the owner and access before the move`,
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
