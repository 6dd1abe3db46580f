import type { EventType, SystemEvent } from '../domain/index.ts';

/**
 * Event indexes by type, in log order: counted first, then each list allocated at its size (a
 * list grown by `push` leaves its outgrown copies as garbage: ~40 MB for 2.4M events).
 */
export function eventsByType(events: readonly SystemEvent[]): Map<EventType, number[]> {
  // One Map lookup per event and pass: a record per type carries its count, then its list.
  const byType = new Map<EventType, { list: number[]; n: number }>();
  for (const event of events) {
    const entry = byType.get(event.type);
    if (entry === undefined) byType.set(event.type, { list: [], n: 1 });
    else entry.n += 1;
  }
  for (const entry of byType.values()) {
    entry.list = new Array<number>(entry.n);
    entry.n = 0;
  }
  for (let i = 0; i < events.length; i += 1) {
    const entry = byType.get((events[i] as SystemEvent).type) as { list: number[]; n: number };
    entry.list[entry.n] = i;
    entry.n += 1;
  }
  return new Map([...byType].map(([type, entry]) => [type, entry.list]));
}
