// What the preview page shows beyond the counts: the inbox before and after, who needs help desk
// access, and how moves, notifications and arrivals spread over the move's simulated duration.
import type { Trace } from '../domain/index.ts';

/** Buckets of the chart over the move's duration. */
export const SERIES_BUCKETS = 12;
const ACCESS_SHOWN = 50;

export interface PlaceCounts {
  readonly inbox: number;
  readonly helpDesk: number;
  readonly tickets: number;
}

export interface PreviewDetails {
  readonly before: PlaceCounts;
  readonly after: PlaceCounts;
  /** Owners whose tickets were left unassigned because they lack help desk access (first ones). */
  readonly accessNeeded: {
    readonly total: number;
    readonly users: readonly { readonly id: string; readonly name: string; readonly tickets: number }[];
  };
  /** Per bucket of the move's duration (from move start to completion, or to the last event). */
  readonly series: {
    readonly fromMs: number;
    readonly bucketMs: number;
    readonly moved: readonly number[];
    readonly notifications: readonly number[];
    readonly arrivals: readonly number[];
  };
}

function places(world: Trace['before']): PlaceCounts {
  let helpDesk = 0;
  for (const c of world.conversations) if (c.location === 'help-desk') helpDesk += 1;
  return { inbox: world.conversations.length - helpDesk, helpDesk, tickets: world.tickets.length };
}

function accessNeeded(trace: Trace): PreviewDetails['accessNeeded'] {
  const owners = new Map(trace.before.conversations.map((c) => [c.id, c.ownerId] as const));
  const ticketOwners = new Map(trace.before.tickets.map((t) => [t.id, t.ownerId] as const));
  const perUser = new Map<string, number>();
  for (const event of trace.events) {
    // A ticket created without the conversation's owner, or a moved ticket whose owner was removed.
    const owner =
      event.type === 'ticket-created' && event.ownerId === null
        ? (owners.get(event.conversationId) ?? null)
        : event.type === 'ticket-assigned' && event.ownerId === null
          ? (ticketOwners.get(event.ticketId) ?? null)
          : null;
    if (owner !== null) perUser.set(owner, (perUser.get(owner) ?? 0) + 1);
  }
  const users = new Map(trace.before.users.map((u) => [u.id, u] as const));
  const listed = [...perUser.entries()]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([id, tickets]) => ({ id, name: users.get(id)?.name ?? id, tickets }));
  return { total: listed.length, users: listed.slice(0, ACCESS_SHOWN) };
}

function series(trace: Trace): PreviewDetails['series'] {
  const start = trace.events.find((e) => e.type === 'move-started')?.at ?? trace.before.clock;
  const end = trace.events.find((e) => e.type === 'move-completed')?.at ?? trace.after.clock;
  const bucketMs = Math.max(1, Math.ceil((end - start + 1) / SERIES_BUCKETS));
  const zeros = (): number[] => Array.from({ length: SERIES_BUCKETS }, () => 0);
  const [moved, notifications, arrivals] = [zeros(), zeros(), zeros()];
  for (const event of trace.events) {
    const bucket = Math.min(SERIES_BUCKETS - 1, Math.max(0, Math.floor((event.at - start) / bucketMs)));
    if (event.type === 'conversation-moved') moved[bucket] = (moved[bucket] ?? 0) + 1;
    if (event.type === 'notification-sent') notifications[bucket] = (notifications[bucket] ?? 0) + 1;
    if (event.type === 'conversation-arrived') arrivals[bucket] = (arrivals[bucket] ?? 0) + 1;
  }
  return { fromMs: start, bucketMs, moved, notifications, arrivals };
}

/** The page's figures, read from the preview's trace. */
export function previewDetails(trace: Trace): PreviewDetails {
  return {
    before: places(trace.before),
    after: places(trace.after),
    accessNeeded: accessNeeded(trace),
    series: series(trace),
  };
}
