import type {
  ChannelLocation,
  Command,
  Conversation,
  HistoryChoice,
  Trace,
  TraceStep,
} from '../domain/index.ts';
import { currentChannelId } from '../domain/index.ts';
import type { TraceIndex } from './trace-index.ts';
import { traceIndex } from './trace-index.ts';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

/**
 * One move the harness started: an accepted `start-move` command. Ground truth is the command and
 * its answer, not the system's `move-started` event.
 */
export interface StartedMove {
  readonly channelId: string;
  readonly actorId: string;
  readonly history: HistoryChoice;
  readonly startStep: number;
  /**
   * The first step (≥ startStep) at whose end the system shows the channel in help desk (its step
   * world when recorded, else its observation): when the move completed. Null when it never did.
   */
  readonly completeStep: number | null;
}

/** The first delivery of a new conversation (a `conversation-arrives` command, accepted). */
export interface Delivery {
  readonly step: number;
  readonly conversation: Conversation;
  readonly channelId: string;
}

/**
 * What the harness itself did, indexed once per trace: the moves it started, the conversations it
 * delivered and the channel changes it asked for. Checkers judge from these, and use the system's
 * event log only as a cross-check (docs/SEMANTICS.md).
 */
export interface CommandIndex {
  readonly ix: TraceIndex;
  readonly moves: readonly StartedMove[];
  readonly movesByChannel: ReadonlyMap<string, readonly StartedMove[]>;
  /** New conversations by ID (not in the world before), at their first accepted delivery. */
  readonly deliveries: ReadonlyMap<string, Delivery>;
  /** Accepted `change-channel` commands by conversation: [step, toChannelId], in step order. */
  readonly changes: ReadonlyMap<string, readonly (readonly [number, string])[]>;
  /** Whether the move worker was up just before each step (worker-crash / worker-restart commands). */
  readonly workerUpBefore: Uint8Array;
}

const CACHE = new WeakMap<Trace, CommandIndex>();

/** The command index of a trace, built on first use (O(steps + channels)). */
export function commandIndex(trace: Trace): CommandIndex {
  const cached = CACHE.get(trace);
  if (cached !== undefined) return cached;
  const built = build(trace);
  CACHE.set(trace, built);
  return built;
}

/** Where the system shows a channel at the end of a step: its step world when recorded, else its observation. */
export function shownLocation(step: TraceStep, channelId: string): ChannelLocation | undefined {
  const inWorld = step.world?.channels.find((channel) => channel.id === channelId)?.location;
  return inWorld ?? step.observation.channelLocations[channelId];
}

function build(trace: Trace): CommandIndex {
  const ix = traceIndex(trace);
  const moves: StartedMove[] = [];
  const movesByChannel = new Map<string, StartedMove[]>();
  const deliveries = new Map<string, Delivery>();
  const changes = new Map<string, [number, string][]>();
  const workerUpBefore = new Uint8Array(trace.steps.length + 1);
  let up = true;
  for (const step of trace.steps) {
    workerUpBefore[step.index] = up ? 1 : 0;
    const { command, result } = step;
    // The worker's state is what the harness did to it, whatever the system answered.
    if (command.type === 'worker-crash') up = false;
    else if (command.type === 'worker-restart') up = true;
    if (result.status !== 'accepted') continue;
    if (command.type === 'start-move') {
      const move = startedMove(trace, step.index, command);
      moves.push(move);
      const list = movesByChannel.get(move.channelId);
      if (list === undefined) movesByChannel.set(move.channelId, [move]);
      else list.push(move);
    } else if (command.type === 'conversation-arrives') {
      const { conversation } = command;
      if (ix.convsBefore.has(conversation.id) || deliveries.has(conversation.id)) continue;
      const channelId = conversation.channelHistory[conversation.channelHistory.length - 1];
      if (channelId === undefined) continue;
      deliveries.set(conversation.id, { step: step.index, conversation, channelId });
    } else if (command.type === 'change-channel') {
      const list = changes.get(command.conversationId);
      if (list === undefined) changes.set(command.conversationId, [[step.index, command.toChannelId]]);
      else list.push([step.index, command.toChannelId]);
    }
  }
  workerUpBefore[trace.steps.length] = up ? 1 : 0;
  return { ix, moves, movesByChannel, deliveries, changes, workerUpBefore };
}

function startedMove(trace: Trace, startStep: number, command: Of<'start-move'>): StartedMove {
  let completeStep: number | null = null;
  for (let s = startStep; s < trace.steps.length; s += 1) {
    const step = trace.steps[s];
    if (step !== undefined && shownLocation(step, command.channelId) === 'help-desk') {
      completeStep = s;
      break;
    }
  }
  return {
    channelId: command.channelId,
    actorId: command.actorId,
    history: command.history,
    startStep,
    completeStep,
  };
}

/** The latest move of the channel started before step `step` runs, if any. */
export function moveOfChannelBefore(
  ci: CommandIndex,
  channelId: string,
  step: number,
): StartedMove | undefined {
  let found: StartedMove | undefined;
  for (const move of ci.movesByChannel.get(channelId) ?? []) if (move.startStep < step) found = move;
  return found;
}

/**
 * Where a channel is just before step `step` runs, by ground truth: the world before, then each
 * accepted start-move (moving) and the move's completion (help desk).
 */
export function channelLocationAt(ci: CommandIndex, channelId: string, step: number): ChannelLocation {
  const move = moveOfChannelBefore(ci, channelId, step);
  if (move === undefined) return ci.ix.channelsBefore.get(channelId)?.location ?? 'inbox';
  return move.completeStep !== null && move.completeStep < step ? 'help-desk' : 'moving';
}

/** Every channel's location just before step `step` runs, by ground truth (see channelLocationAt). */
export function channelLocationsAt(ci: CommandIndex, step: number): Record<string, ChannelLocation> {
  const out: Record<string, ChannelLocation> = {};
  for (const channel of ci.ix.trace.before.channels)
    out[channel.id] = channelLocationAt(ci, channel.id, step);
  return out;
}

/** The channel a conversation belongs to just before step `step`, by the commands; undefined if not there yet. */
export function conversationChannelAt(
  ci: CommandIndex,
  conversationId: string,
  step: number,
): string | undefined {
  let channel: string | undefined;
  const before = ci.ix.convsBefore.get(conversationId);
  if (before !== undefined) channel = currentChannelId(before);
  else {
    const delivery = ci.deliveries.get(conversationId);
    if (delivery === undefined || delivery.step >= step) return undefined;
    channel = delivery.channelId;
  }
  for (const [s, to] of ci.changes.get(conversationId) ?? []) {
    if (s >= step) break;
    channel = to;
  }
  return channel;
}

/** Whether the harness changed the conversation's channel in a step of (from, to]. */
export function changedBetween(ci: CommandIndex, conversationId: string, from: number, to: number): boolean {
  return (ci.changes.get(conversationId) ?? []).some(([s]) => s > from && s <= to);
}

/** Whether a conversation exists just before step `step`: in the world before, or delivered earlier. */
export function conversationExistsAt(ci: CommandIndex, conversationId: string, step: number): boolean {
  if (ci.ix.convsBefore.has(conversationId)) return true;
  const delivery = ci.deliveries.get(conversationId);
  return delivery !== undefined && delivery.step < step;
}

/** The status a new ticket of a channel in help desk gets (NEW-1): its kept default status, else the pipeline's first. */
export function newTicketStatus(trace: Trace, channelId: string): string | undefined {
  const statuses = trace.before.account.pipeline.statuses;
  const kept = trace.before.channels.find((c) => c.id === channelId)?.settings.ticketCreation.defaultStatus;
  return kept !== undefined && kept !== null && statuses.includes(kept) ? kept : statuses[0];
}

/**
 * The conversation a command is about (it arrives, gets a reply, changes channel, is closed,
 * reopened or reassigned), or undefined. Shared by the frame's licences and the script history.
 */
export function conversationOf(command: Command): string | undefined {
  // Read by field, so a new command about a conversation (it names `conversationId`) is covered
  // without being listed; an arrival carries the whole conversation.
  if (command.type === 'conversation-arrives') return command.conversation.id;
  return 'conversationId' in command ? command.conversationId : undefined;
}
