import type {
  Channel,
  ChannelLocation,
  Conversation,
  EventType,
  HistoryChoice,
  SimTime,
  SystemEvent,
  Ticket,
  Trace,
  User,
} from '../domain/index.ts';
import { currentChannelId } from '../domain/index.ts';
import type { Lookup } from './id-table.ts';
import { eventsByType } from './_events-by-type.ts';
import { Column, IdTable, ListColumn } from './id-table.ts';

/** The event of one type, narrowed. */
export type EventOf<T extends EventType> = Extract<SystemEvent, { type: T }>;

/** One accepted move, from its `move-started` event to its `move-completed` event (if any). */
export interface MoveRecord {
  readonly channelId: string;
  readonly actorId: string;
  readonly history: HistoryChoice;
  readonly startStep: number;
  readonly startEvent: number;
  readonly startedAt: SimTime;
  readonly completeStep: number | null;
  readonly completeEvent: number | null;
  readonly completedAt: SimTime | null;
}

/**
 * Lookups every checker needs, built once per trace in O(n) and memoised, so that checking all
 * rules on a million-conversation trace scans the worlds and the event log a bounded number of times.
 */
export interface TraceIndex {
  readonly trace: Trace;
  /** Event index → the step that appended it (-1 when no step did). */
  readonly stepOfEvent: Int32Array;
  readonly byType: ReadonlyMap<EventType, readonly number[]>;
  /** Dense IDs of every conversation named in the trace; the conversation columns are keyed by it. */
  readonly convIds: IdTable;
  readonly usersBefore: ReadonlyMap<string, User>;
  readonly channelsBefore: ReadonlyMap<string, Channel>;
  readonly channelsAfter: ReadonlyMap<string, Channel>;
  readonly convsBefore: Lookup<Conversation>;
  readonly convsAfter: Lookup<Conversation>;
  readonly ticketsBefore: Lookup<Ticket>;
  readonly ticketsAfter: Lookup<Ticket>;
  readonly ticketsBeforeByConv: ListColumn<Ticket>;
  readonly ticketsAfterByConv: ListColumn<Ticket>;
  /** Per conversation: indexes of its `conversation-moved`, `ticket-created`, `channel-changed` events. */
  readonly movedByConv: ListColumn<number>;
  readonly createdByConv: ListColumn<number>;
  readonly changesByConv: ListColumn<number>;
  /** Per conversation: its first `conversation-arrived` event. */
  readonly arrivedByConv: Lookup<number>;
  readonly accessByUser: ListColumn<number>;
  readonly moves: readonly MoveRecord[];
}

const CACHE = new WeakMap<Trace, TraceIndex>();

/** The index of a trace, built on first use. */
export function traceIndex(trace: Trace): TraceIndex {
  const cached = CACHE.get(trace);
  if (cached !== undefined) return cached;
  const built = buildIndex(trace);
  CACHE.set(trace, built);
  return built;
}

function byId<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}

function column<T extends { readonly id: string }>(table: IdTable, items: readonly T[]): Column<T> {
  // The first column filled (the world before) can use the one-operation path for new IDs.
  const fresh = table.size === 0;
  const col = new Column<T>(table, Math.max(table.size, items.length));
  for (const item of items) col.set(item.id, item, fresh);
  return col;
}

function ticketsByConversation(table: IdTable, tickets: readonly Ticket[]): ListColumn<Ticket> {
  // A conversation's tickets sit anywhere in the table: sized for all of it when there are any.
  const col = new ListColumn<Ticket>(table, tickets.length === 0 ? 0 : table.size);
  for (const ticket of tickets) col.add(ticket.conversationId, ticket);
  return col;
}

function buildIndex(trace: Trace): TraceIndex {
  const { events, steps } = trace;
  const stepOfEvent = new Int32Array(events.length).fill(-1);
  for (const step of steps) stepOfEvent.fill(step.index, step.eventsFrom, step.eventsTo);
  const byType = eventsByType(events);
  // Sized for what they will hold, so that no million-entry array is outgrown (see StringIndex).
  const convIds = new IdTable(Math.max(trace.before.conversations.length, trace.after.conversations.length));
  const ticketIds = new IdTable(Math.max(trace.before.tickets.length, trace.after.tickets.length));
  const convsBefore = column(convIds, trace.before.conversations);
  const convsAfter = column(convIds, trace.after.conversations);
  // Most conversations of a big trace are moved and get a ticket; few change channel or arrive.
  const movedByConv = new ListColumn<number>(convIds, convIds.size);
  const createdByConv = new ListColumn<number>(convIds, convIds.size);
  const changesByConv = new ListColumn<number>(convIds);
  const arrivedByConv = new Column<number>(convIds);
  const accessByUser = new ListColumn<number>(new IdTable());
  for (let i = 0; i < events.length; i += 1) {
    const event = events[i] as SystemEvent;
    if (event.type === 'conversation-moved') movedByConv.add(event.conversationId, i);
    else if (event.type === 'ticket-created') createdByConv.add(event.conversationId, i);
    else if (event.type === 'channel-changed') changesByConv.add(event.conversationId, i);
    else if (event.type === 'access-changed') accessByUser.add(event.userId, i);
    else if (event.type === 'conversation-arrived') arrivedByConv.set(event.conversationId, i);
  }
  return {
    trace,
    stepOfEvent,
    byType,
    convIds,
    usersBefore: byId(trace.before.users),
    channelsBefore: byId(trace.before.channels),
    channelsAfter: byId(trace.after.channels),
    convsBefore,
    convsAfter,
    ticketsBefore: column(ticketIds, trace.before.tickets),
    ticketsAfter: column(ticketIds, trace.after.tickets),
    ticketsBeforeByConv: ticketsByConversation(convIds, trace.before.tickets),
    ticketsAfterByConv: ticketsByConversation(convIds, trace.after.tickets),
    movedByConv,
    createdByConv,
    changesByConv,
    arrivedByConv,
    accessByUser,
    moves: buildMoves(trace, byType, stepOfEvent),
  };
}

function buildMoves(trace: Trace, byType: Map<EventType, number[]>, stepOfEvent: Int32Array): MoveRecord[] {
  const completions = byType.get('move-completed') ?? [];
  const used = new Set<number>();
  return (byType.get('move-started') ?? []).map((startEvent) => {
    const started = trace.events[startEvent] as EventOf<'move-started'>;
    const startStep = stepOfEvent[startEvent] ?? -1;
    const command = trace.steps[startStep]?.command;
    const history: HistoryChoice =
      command?.type === 'start-move' ? command.history : { kind: started.history };
    const completeEvent =
      completions.find(
        (i) =>
          i > startEvent &&
          !used.has(i) &&
          eventAt(trace, i, 'move-completed')?.channelId === started.channelId,
      ) ?? null;
    if (completeEvent !== null) used.add(completeEvent);
    return {
      channelId: started.channelId,
      actorId: started.actorId,
      history,
      startStep,
      startEvent,
      startedAt: started.at,
      completeStep: completeEvent === null ? null : (stepOfEvent[completeEvent] ?? null),
      completeEvent,
      completedAt: completeEvent === null ? null : (trace.events[completeEvent]?.at ?? null),
    };
  });
}

/** The event at `i` when it has type `type`. */
export function eventAt<T extends EventType>(trace: Trace, i: number, type: T): EventOf<T> | undefined {
  const event = trace.events[i];
  return event !== undefined && event.type === type ? (event as EventOf<T>) : undefined;
}

/** Indexes of all events of one type, in log order. */
export function eventsOf(ix: TraceIndex, type: EventType): readonly number[] {
  return ix.byType.get(type) ?? [];
}

/** Channel locations as observed just before step `stepIndex` ran. */
export function locationsBefore(trace: Trace, stepIndex: number): Readonly<Record<string, ChannelLocation>> {
  const previous = stepIndex === 0 ? trace.initial : trace.steps[stepIndex - 1]?.observation;
  return (previous ?? trace.initial).channelLocations;
}

/** Whether the user had help desk access just before event `e` (replaying `access-changed`). */
export function accessAt(ix: TraceIndex, userId: string, e: number): boolean {
  let access = ix.usersBefore.get(userId)?.helpDeskAccess ?? false;
  for (const i of ix.accessByUser.get(userId)) {
    if (i >= e) break;
    access = eventAt(ix.trace, i, 'access-changed')?.access ?? access;
  }
  return access;
}

/** Whether account notifications were on just before event `e`. */
export function notificationsOnAt(ix: TraceIndex, e: number): boolean {
  let on = ix.trace.before.account.notificationsOn;
  for (const i of eventsOf(ix, 'notifications-changed')) {
    if (i >= e) break;
    on = eventAt(ix.trace, i, 'notifications-changed')?.on ?? on;
  }
  return on;
}

/** A conversation's current channel just before event `e`; undefined if it did not exist yet. */
export function channelAt(ix: TraceIndex, conversationId: string, e: number): string | undefined {
  let channel: string | undefined;
  const before = ix.convsBefore.get(conversationId);
  if (before !== undefined) channel = currentChannelId(before);
  else {
    const arrived = ix.arrivedByConv.get(conversationId);
    if (arrived === undefined || arrived >= e) return undefined;
    channel = eventAt(ix.trace, arrived, 'conversation-arrived')?.channelId;
  }
  for (const i of ix.changesByConv.get(conversationId)) {
    if (i >= e) break;
    channel = eventAt(ix.trace, i, 'channel-changed')?.toChannelId ?? channel;
  }
  return channel;
}

/** The move whose window [move-started, move-completed] contains event `e`, for the channel if given. */
export function moveAt(ix: TraceIndex, e: number, channelId?: string): MoveRecord | undefined {
  // A loop, not `find` with a closure: this runs once per moved conversation.
  for (const move of ix.moves) {
    const open = move.startEvent <= e && (move.completeEvent === null || e <= move.completeEvent);
    if (open && (channelId === undefined || move.channelId === channelId)) return move;
  }
  return undefined;
}

/** Whether a conversation was in help desk just before event `e`. */
export function inHelpDeskAt(ix: TraceIndex, conversationId: string, e: number): boolean {
  if (ix.convsBefore.get(conversationId)?.location === 'help-desk') return true;
  if (ix.movedByConv.get(conversationId).some((m) => m < e)) return true;
  const arrived = ix.arrivedByConv.get(conversationId);
  return (
    arrived !== undefined &&
    arrived < e &&
    eventAt(ix.trace, arrived, 'conversation-arrived')?.location === 'help-desk'
  );
}
