import type { Conversation, Ticket } from '../domain/index.ts';
import type { EventOf, MoveRecord, TraceIndex } from './trace-index.ts';
import { eventAt, eventsOf, moveAt } from './trace-index.ts';

/** A ticket a move created, with the move and whether its conversation predates the move. */
export interface MoveTicket {
  readonly event: number;
  readonly created: EventOf<'ticket-created'>;
  readonly move: MoveRecord;
  /**
   * The conversation existed when the move started, or arrived elsewhere and was changed in
   * (HIST-2a); otherwise it arrived in the moving channel during the move (OPEN-7).
   */
  readonly historical: boolean;
  /** The conversation and the ticket in the world after (looked up once for all checkers). */
  readonly conversation: Conversation | undefined;
  readonly ticket: Ticket | undefined;
}

const CACHE = new WeakMap<TraceIndex, readonly MoveTicket[]>();

/**
 * Every `ticket-created` event that belongs to a move: the conversation was moved by that move's
 * channel (or arrived straight into help desk in it) within the move's window. Tickets created for
 * arrivals in channels already in help desk (NEW-1) are not move tickets.
 */
export function moveTickets(ix: TraceIndex): readonly MoveTicket[] {
  const cached = CACHE.get(ix);
  if (cached !== undefined) return cached;
  const { trace } = ix;
  const list: MoveTicket[] = [];
  for (const t of eventsOf(ix, 'ticket-created')) {
    const created = eventAt(trace, t, 'ticket-created');
    if (created === undefined) continue;
    const conv = created.conversationId;
    let channel: string | undefined;
    for (const m of ix.movedByConv.get(conv)) {
      if (m > t) break;
      channel = eventAt(trace, m, 'conversation-moved')?.channelId;
    }
    const arrived = ix.arrivedByConv.get(conv);
    if (channel === undefined && arrived !== undefined && arrived < t) {
      const arrival = eventAt(trace, arrived, 'conversation-arrived');
      if (arrival?.location === 'help-desk') channel = arrival.channelId;
    }
    if (channel === undefined) continue;
    const move = moveAt(ix, t, channel);
    if (move === undefined) continue;
    // Only a conversation that arrived in the moving channel during the move is an arrival (OPEN-7);
    // one that arrived elsewhere and was changed in is dated like the historical ones (SEMANTICS.md).
    const arrivedIn = arrived === undefined ? undefined : eventAt(trace, arrived, 'conversation-arrived');
    const historical =
      ix.convsBefore.has(conv) ||
      (arrived !== undefined && arrived < move.startEvent) ||
      arrivedIn?.channelId !== move.channelId;
    list.push({
      event: t,
      created,
      move,
      historical,
      conversation: ix.convsAfter.get(conv),
      ticket: ix.ticketsAfter.get(created.ticketId),
    });
  }
  CACHE.set(ix, list);
  return list;
}
