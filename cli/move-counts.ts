import type { SystemEvent, Trace } from '../domain/index.ts';

/** The numbers a person asks first about a move, read from a trace's event log. */
export interface MoveCounts {
  readonly conversationsMoved: number;
  readonly ticketsMoved: number;
  readonly ticketsCreated: number;
  /** Tickets left without owner although their conversation had one (the owner lacks help desk access). */
  readonly ticketsUnassigned: number;
  readonly notifications: number;
  /** Simulated time from move-started to move-completed; null when the move did not complete. */
  readonly durationMs: number | null;
}

function count(events: readonly SystemEvent[], type: SystemEvent['type']): number {
  return events.reduce((total, event) => (event.type === type ? total + 1 : total), 0);
}

/** Counts over the whole trace (one move per trace in a preview; in a scenario, all of them). */
export function moveCounts(trace: Trace): MoveCounts {
  const owners = new Map(
    trace.before.conversations.map((conversation) => [conversation.id, conversation.ownerId]),
  );
  let unassigned = 0;
  let startedAt: number | null = null;
  let completedAt: number | null = null;
  for (const event of trace.events) {
    if (
      event.type === 'ticket-created' &&
      event.ownerId === null &&
      (owners.get(event.conversationId) ?? null) !== null
    )
      unassigned += 1;
    // A moved ticket whose owner is removed (OPEN-1 `unassign`).
    if (event.type === 'ticket-assigned' && event.ownerId === null) unassigned += 1;
    if (event.type === 'move-started' && startedAt === null) startedAt = event.at;
    if (event.type === 'move-completed') completedAt = event.at;
  }
  return {
    conversationsMoved: count(trace.events, 'conversation-moved'),
    ticketsMoved: count(trace.events, 'ticket-moved'),
    ticketsCreated: count(trace.events, 'ticket-created'),
    ticketsUnassigned: unassigned,
    notifications: count(trace.events, 'notification-sent'),
    durationMs: startedAt !== null && completedAt !== null ? completedAt - startedAt : null,
  };
}

/** "2 d 3 h", "4 min", "850 ms": short and exact enough to compare two runs. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return 'not completed';
  const units: readonly [number, string][] = [
    [86_400_000, 'd'],
    [3_600_000, 'h'],
    [60_000, 'min'],
    [1000, 's'],
  ];
  const parts: string[] = [];
  let rest = ms;
  for (const [size, unit] of units) {
    if (rest >= size && parts.length < 2) {
      parts.push(`${Math.floor(rest / size)} ${unit}`);
      rest %= size;
    }
  }
  return parts.length === 0 ? `${ms} ms` : parts.join(' ');
}
