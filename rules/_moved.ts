import type { Conversation, Ticket } from '../domain/index.ts';
import type { MoveRecord, TraceIndex } from './trace-index.ts';
import { eventAt, eventsOf, moveAt } from './trace-index.ts';

/** One `conversation-moved` event with everything checkers ask about its conversation, looked up once. */
export interface MovedRecord {
  readonly event: number;
  readonly step: number;
  readonly conversationId: string;
  readonly channelId: string;
  /** The move whose window holds the event, for that channel (none for a help desk channel's arrival). */
  readonly move: MoveRecord | undefined;
  readonly ticketsBefore: readonly Ticket[];
  readonly ticketsAfter: readonly Ticket[];
  /** Indexes of every `ticket-created` of the conversation in the log. */
  readonly created: readonly number[];
  readonly before: Conversation | undefined;
  readonly after: Conversation | undefined;
}

const CACHE = new WeakMap<TraceIndex, readonly MovedRecord[]>();

/**
 * Every `conversation-moved` event, enriched. Several checkers walk these; doing the map lookups
 * once keeps a million-conversation trace within seconds.
 */
export function movedRecords(ix: TraceIndex): readonly MovedRecord[] {
  const cached = CACHE.get(ix);
  if (cached !== undefined) return cached;
  const list: MovedRecord[] = [];
  for (const e of eventsOf(ix, 'conversation-moved')) {
    const moved = eventAt(ix.trace, e, 'conversation-moved');
    if (moved === undefined) continue;
    const id = moved.conversationId;
    list.push({
      event: e,
      step: ix.stepOfEvent[e] ?? -1,
      conversationId: id,
      channelId: moved.channelId,
      move: moveAt(ix, e, moved.channelId),
      ticketsBefore: ix.ticketsBeforeByConv.get(id),
      ticketsAfter: ix.ticketsAfterByConv.get(id),
      created: ix.createdByConv.get(id),
      before: ix.convsBefore.get(id),
      after: ix.convsAfter.get(id),
    });
  }
  CACHE.set(ix, list);
  return list;
}
