import type { TraceIndex } from './trace-index.ts';
import { eventAt, eventsOf, locationsBefore } from './trace-index.ts';

/** A new conversation that arrived in a channel already in help desk (NEW-1, NEW-2). */
export interface HelpDeskArrival {
  readonly event: number;
  readonly step: number;
  readonly conversationId: string;
  readonly channelId: string;
  readonly location: 'inbox' | 'help-desk';
}

/** First arrivals of new conversations into channels observed in help desk just before the step. */
export function helpDeskArrivals(ix: TraceIndex): readonly HelpDeskArrival[] {
  const list: HelpDeskArrival[] = [];
  for (const a of eventsOf(ix, 'conversation-arrived')) {
    const arrival = eventAt(ix.trace, a, 'conversation-arrived');
    if (arrival === undefined || ix.arrivedByConv.get(arrival.conversationId) !== a) continue;
    if (ix.convsBefore.has(arrival.conversationId)) continue;
    const step = ix.stepOfEvent[a] ?? -1;
    if (locationsBefore(ix.trace, step)[arrival.channelId] !== 'help-desk') continue;
    list.push({ event: a, step, ...arrival });
  }
  return list;
}

/** The `ticket-created` events of a conversation within one step. */
export function createdInStep(ix: TraceIndex, conversationId: string, step: number): readonly number[] {
  return ix.createdByConv.get(conversationId).filter((t) => ix.stepOfEvent[t] === step);
}
