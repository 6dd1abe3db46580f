import type { Conversation, Ticket } from '../domain/index.ts';
import type { MoveRecord, TraceIndex } from './trace-index.ts';
import { eventAt, eventsOf, moveAt } from './trace-index.ts';

/** One `conversation-moved` event with everything checkers ask about its conversation. */
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

/**
 * A record that keeps the conversation's dense ID and reads its tickets, `ticket-created` events
 * and both versions from the index's columns when asked. Storing them cost three small arrays and
 * ten fields a record: ~130 MB that stayed alive through the whole check of a million-conversation
 * trace (650k moved), against ~50 MB now.
 */
class IndexedMovedRecord implements MovedRecord {
  readonly event: number;
  readonly step: number;
  readonly conversationId: string;
  readonly channelId: string;
  readonly move: MoveRecord | undefined;
  private readonly ix: TraceIndex;
  /** The conversation's dense ID in `ix.convIds` (undefined when no column knows it). */
  private readonly conv: number | undefined;

  constructor(ix: TraceIndex, event: number, conversationId: string, channelId: string) {
    this.ix = ix;
    this.event = event;
    this.step = ix.stepOfEvent[event] ?? -1;
    this.conversationId = conversationId;
    this.channelId = channelId;
    this.move = moveAt(ix, event, channelId);
    this.conv = ix.convIds.find(conversationId);
  }

  get ticketsBefore(): readonly Ticket[] {
    return this.ix.ticketsBeforeByConv.at(this.conv);
  }

  get ticketsAfter(): readonly Ticket[] {
    return this.ix.ticketsAfterByConv.at(this.conv);
  }

  get created(): readonly number[] {
    return this.ix.createdByConv.at(this.conv);
  }

  get before(): Conversation | undefined {
    return this.ix.convsBefore.at(this.conv);
  }

  get after(): Conversation | undefined {
    return this.ix.convsAfter.at(this.conv);
  }
}

const CACHE = new WeakMap<TraceIndex, readonly MovedRecord[]>();

/**
 * Every `conversation-moved` event, enriched. Several checkers walk these; looking each
 * conversation up once keeps a million-conversation trace within seconds.
 */
export function movedRecords(ix: TraceIndex): readonly MovedRecord[] {
  const cached = CACHE.get(ix);
  if (cached !== undefined) return cached;
  const events = eventsOf(ix, 'conversation-moved');
  // Allocated at its size: a list grown by push leaves its outgrown copies as garbage.
  const list = new Array<MovedRecord>(events.length);
  let n = 0;
  for (const e of events) {
    const moved = eventAt(ix.trace, e, 'conversation-moved');
    if (moved === undefined) continue;
    list[n] = new IndexedMovedRecord(ix, e, moved.conversationId, moved.channelId);
    n += 1;
  }
  list.length = n;
  CACHE.set(ix, list);
  return list;
}
