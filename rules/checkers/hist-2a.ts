import { formatSimTime } from '../../domain/index.ts';
import { scriptHistory } from '../conversation-at.ts';
import { moveTickets } from '../_move-tickets.ts';
import type { EventOf } from '../trace-index.ts';
import { eventAt, eventsOf, traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * HIST-2a: a ticket a move creates for a historical conversation is dated at the conversation's
 * start as it was before the move (the world before, or the `conversation-arrives` command) — not
 * the start date in the world after, which a system could reset along with the ticket. The
 * `ticket-created` event is a cross-check: disagreeing with the ticket it names is a finding too.
 * A ticket created outside a move (NEW-1 arrivals and channel changes into a channel already in
 * help desk, OPEN-2 "moves" replies) is dated at its conversation's start as well. Arrivals in the
 * moving channel during a move are OPEN-7's.
 */
export const hist2a = defineChecker('HIST-2a', (trace) => {
  const ix = traceIndex(trace);
  const history = scriptHistory(ix);
  const found = new Findings('HIST-2a');
  let checked = 0;
  const judge = (event: number, created: EventOf<'ticket-created'>, stored: number, why: string): void => {
    const conv = created.conversationId;
    const origin = history.origin(conv);
    if (origin === undefined) return;
    checked += 1;
    const expected = origin.startedAt;
    const subjects = {
      conversations: [conv],
      tickets: [created.ticketId],
      step: ix.stepOfEvent[event] ?? -1,
    };
    if (stored !== expected) {
      found.add(
        `createdAt ${formatSimTime(expected)} (${why})`,
        `createdAt ${formatSimTime(stored)}`,
        subjects,
      );
    } else if (created.createdAt !== stored) {
      found.add(
        `ticket-created says createdAt ${formatSimTime(stored)}, as the ticket has`,
        `ticket-created says ${formatSimTime(created.createdAt)}`,
        subjects,
      );
    }
  };
  const ofMoves = new Set<number>();
  for (const { created, historical, event, ticket } of moveTickets(ix)) {
    ofMoves.add(event);
    if (historical)
      judge(
        event,
        created,
        ticket?.createdAt ?? created.createdAt,
        "the conversation's start before the move",
      );
  }
  // Outside a move (changed into or arriving in a channel already in help desk, moved by a reply
  // under OPEN-2 "moves"), a created ticket is dated like a historical one (docs/SEMANTICS.md).
  for (const event of eventsOf(ix, 'ticket-created')) {
    const created = ofMoves.has(event) ? undefined : eventAt(trace, event, 'ticket-created');
    if (created === undefined) continue;
    const stored = ix.ticketsAfter.get(created.ticketId)?.createdAt ?? created.createdAt;
    judge(event, created, stored, "the conversation's start; no move created this ticket");
  }
  return found.verdict(
    checked,
    `checked ${count(checked, 'created tickets')} against their conversation's start before the move (or before they entered help desk)`,
    'no ticket was created',
  );
});
