/**
 * Shared plumbing for the blind bug plug-ins: a wrapper around a (synchronous) reference system
 * that lets a bug rewrite the command it forwards, the events the inner system appended, the world
 * it shows and the observation, while keeping the seam well-formed (an append-only log with `seq`
 * 0..n-1, immutable worlds).
 *
 * Nothing here is a bug by itself: with no hooks, the wrapper behaves exactly like the inner system.
 */
import type {
  Channel,
  Command,
  CommandResult,
  Conversation,
  EventBody,
  Observation,
  SimTime,
  SyncMigrationSystem,
  SystemEvent,
  SystemOptions,
  Ticket,
  World,
} from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import type { SystemCore } from '../../../machines/system-core.ts';

/** An event without its `seq`: the wrapper numbers the events it logs itself. */
export type Timed = EventBody & { readonly at: SimTime };

/** A command answered by the wrapper itself (the inner system never sees it). */
export interface Intercept {
  readonly intercept: CommandResult;
  readonly events?: readonly Timed[];
}

export interface Hooks {
  /** Before forwarding: another command to forward instead, an answer of its own, or nothing. */
  before?(command: Command): Command | Intercept | undefined | void;
  /** After forwarding: the events to log for this step (default: the inner system's), maybe another result. */
  after?(
    command: Command,
    result: CommandResult,
    fresh: Timed[],
    side: SideChannel,
  ): Timed[] | { readonly events: Timed[]; readonly result: CommandResult };
  /** The world shown (default: the inner system's). Called at most once per step. */
  world?(world: World): World;
  observe?(observation: Observation): Observation;
}

/** Runs a command on the inner system whose events the caller receives instead of the log. */
export type SideChannel = (command: Command) => { readonly result: CommandResult; readonly events: Timed[] };

export function stripSeq(event: SystemEvent): Timed {
  const { seq: _seq, ...rest } = event;
  return rest;
}

/** Wraps `inner`: every command goes through `hooks`; the log is the wrapper's own. */
export function wrapSystem(name: string, inner: SyncMigrationSystem, hooks: Hooks): SyncMigrationSystem {
  const log: SystemEvent[] = [];
  let copied = 0;
  let handedOut: readonly SystemEvent[] | null = null;
  let worldCache: World | null = null;

  const pull = (): Timed[] => {
    const all = inner.events();
    const out: Timed[] = [];
    for (; copied < all.length; copied += 1) {
      const event = all[copied];
      if (event !== undefined) out.push(stripSeq(event));
    }
    return out;
  };
  const push = (events: readonly Timed[]): void => {
    for (const event of events) {
      const { at, ...body } = event;
      log.push({ seq: log.length, at, ...body });
    }
    if (events.length > 0) handedOut = null;
  };

  push(pull());

  const side: SideChannel = (command) => {
    const result = inner.execute(command);
    return { result, events: pull() };
  };

  return {
    name,
    execute(command: Command): CommandResult {
      worldCache = null;
      const pre = hooks.before?.(command);
      if (pre !== undefined && pre !== null && 'intercept' in pre) {
        push(pull());
        push(pre.events ?? []);
        return pre.intercept;
      }
      const forwarded = pre ?? command;
      const result = inner.execute(forwarded);
      const fresh = pull();
      const after = hooks.after?.(command, result, fresh, side) ?? fresh;
      if (Array.isArray(after)) {
        push(after);
        return result;
      }
      const rewritten = after;
      push(rewritten.events);
      return rewritten.result;
    },
    world(): World {
      worldCache ??= hooks.world ? hooks.world(inner.world()) : inner.world();
      return worldCache;
    },
    observe(): Observation {
      const observation = inner.observe();
      return hooks.observe ? hooks.observe(observation) : observation;
    },
    events(): readonly SystemEvent[] {
      handedOut ??= log.slice();
      return handedOut;
    },
    eventsSince(seq: number): readonly SystemEvent[] {
      return log.slice(seq);
    },
  };
}

type Fn<T> = (value: T) => T;

/**
 * Per-ID rewrites of the world the inner system holds, applied when the world is shown. A rewrite
 * is a function of the inner object; results are memoised per (inner object, function), so an
 * unchanged entity keeps its identity from one world to the next.
 */
export class Overlay {
  readonly tickets = new Map<string, Fn<Ticket>>();
  readonly conversations = new Map<string, Fn<Conversation>>();
  readonly channels = new Map<string, Fn<Channel>>();
  readonly hiddenChannels = new Set<string>();
  readonly extraTickets: Ticket[] = [];
  private readonly memo = new WeakMap<object, { fn: unknown; out: unknown }>();

  private applyOne<T extends object>(item: T, fn: Fn<T>): T {
    const hit = this.memo.get(item);
    if (hit !== undefined && hit.fn === fn) return hit.out as T;
    const out = fn(item);
    this.memo.set(item, { fn, out });
    return out;
  }

  private mapList<T extends { readonly id: string }>(
    list: readonly T[],
    fns: Map<string, Fn<T>>,
  ): readonly T[] {
    if (fns.size === 0) return list;
    let changed = false;
    const out = list.map((item) => {
      const fn = fns.get(item.id);
      if (fn === undefined) return item;
      const next = this.applyOne(item, fn);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? out : list;
  }

  apply(world: World): World {
    let channels = this.mapList(world.channels, this.channels);
    if (this.hiddenChannels.size > 0) channels = channels.filter((c) => !this.hiddenChannels.has(c.id));
    const conversations = this.mapList(world.conversations, this.conversations);
    let tickets = this.mapList(world.tickets, this.tickets);
    if (this.extraTickets.length > 0) tickets = [...tickets, ...this.extraTickets];
    if (channels === world.channels && conversations === world.conversations && tickets === world.tickets) {
      return world;
    }
    return { ...world, channels, conversations, tickets };
  }
}

/** The last entry of a channel history. */
export function currentOf(conversation: Pick<Conversation, 'channelHistory'>): string {
  return conversation.channelHistory[conversation.channelHistory.length - 1] ?? '';
}

/** A small by-ID view of a world (built on demand; worlds are immutable). */
export function byId<T extends { readonly id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((item) => [item.id, item]));
}

/**
 * The "unit" an event belongs to while a move or a help desk channel processes a conversation:
 * `conversation-moved` opens it; ticket and notification events at the same instant belong to it.
 */
export interface Unit {
  readonly conversationId: string;
  readonly channelId: string;
  readonly at: SimTime;
}

export function nextUnit(unit: Unit | null, event: Timed): Unit | null {
  if (event.type === 'conversation-moved') {
    return { conversationId: event.conversationId, channelId: event.channelId, at: event.at };
  }
  const belongs =
    (event.type === 'ticket-created' ||
      event.type === 'ticket-moved' ||
      event.type === 'ticket-assigned' ||
      event.type === 'notification-sent') &&
    unit !== null &&
    unit.at === event.at;
  return belongs ? unit : null;
}

/** Hidden twin channels: where a bug parks conversations the move must not see. */
export const HELD = '~held';

export function isHeld(channelId: string): boolean {
  return channelId.endsWith(HELD);
}

export function realChannel(channelId: string): string {
  return isHeld(channelId) ? channelId.slice(0, -HELD.length) : channelId;
}

/** The world the inner system is built from: every channel gets a hidden twin in the inbox. */
export function withHeldTwins(world: World): World {
  const twins = world.channels.map((channel) => ({
    ...channel,
    id: `${channel.id}${HELD}`,
    location: 'inbox' as const,
  }));
  return { ...world, channels: [...world.channels, ...twins] };
}

/** An event with every held twin named by its real channel. */
export function unheldEvent(event: Timed): Timed {
  // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- a bug changes a few kinds and passes the rest through
  switch (event.type) {
    case 'conversation-arrived':
    case 'conversation-moved':
    case 'move-started':
    case 'move-completed':
    case 'banner-shown':
    case 'banner-hidden':
      return isHeld(event.channelId) ? { ...event, channelId: realChannel(event.channelId) } : event;
    case 'channel-changed':
      return isHeld(event.fromChannelId) || isHeld(event.toChannelId)
        ? {
            ...event,
            fromChannelId: realChannel(event.fromChannelId),
            toChannelId: realChannel(event.toChannelId),
          }
        : event;
    default:
      return event;
  }
}

/** The observation without the hidden twins. */
export function unheldObservation(observation: Observation): Observation {
  const locations: Record<string, Observation['channelLocations'][string]> = {};
  for (const [id, location] of Object.entries(observation.channelLocations)) {
    if (!isHeld(id)) locations[id] = location;
  }
  return { ...observation, channelLocations: locations };
}

/** A conversation whose history names held twins, shown with the real channels. */
export function unheldConversation(conversation: Conversation): Conversation {
  if (!conversation.channelHistory.some(isHeld)) return conversation;
  return { ...conversation, channelHistory: conversation.channelHistory.map(realChannel) };
}

/**
 * A system over a reference core of its own, whose commands go to `execute` (which passes the ones
 * it does not change to the reference's dispatch): for a bug that sits inside the reference.
 */
export function coreSystem(
  name: string,
  core: SystemCore,
  execute: (command: Command) => CommandResult,
): SyncMigrationSystem {
  return {
    name,
    execute,
    world: () => core.store.world(),
    observe: () => core.observe(),
    events: () => core.log.all(),
  };
}

/**
 * An arrival redirected to the hidden twin of `channelId` (the conversation's current channel),
 * marked in `overlay` so that the world shows it in the real channel: the conversation is stored
 * where the move does not look.
 */
export function heldArrival(
  command: Extract<Command, { type: 'conversation-arrives' }>,
  channelId: string,
  overlay: Overlay,
): Command {
  const conversation = command.conversation;
  overlay.conversations.set(conversation.id, unheldConversation);
  return {
    ...command,
    conversation: {
      ...conversation,
      channelHistory: [...conversation.channelHistory.slice(0, -1), `${channelId}${HELD}`],
    },
  };
}

/**
 * `event` with the ticket it names renamed by `rename`, for the events that refer to an existing
 * ticket (a bug that changes ticket IDs renames them in `ticket-created` its own way).
 */
export function renamedTicketRef(event: Timed, rename: (ticketId: string) => string): Timed {
  // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- only events naming a ticket change
  switch (event.type) {
    case 'ticket-assigned':
    case 'notification-sent':
    case 'ticket-moved':
      return { ...event, ticketId: rename(event.ticketId) };
    case 'reply-added':
      return event.ticketId === null ? event : { ...event, ticketId: rename(event.ticketId) };
    default:
      return event;
  }
}

/**
 * A bug that parks conversations in hidden twins of the channels: the reference is built with a twin
 * of every channel, in the inbox, which the world, the observation and the log never show (a twin
 * is named by its real channel). The bug's `before` redirects a command to a twin (marking the
 * conversation in `overlay`); its `after` sees the fresh events, before they are renamed.
 */
export function heldTwinSystem(
  name: string,
  world: World,
  options: SystemOptions,
  bug: (inner: SyncMigrationSystem, overlay: Overlay) => Pick<Hooks, 'before' | 'after'>,
): SyncMigrationSystem {
  const inner = createReferenceSystem(withHeldTwins(world), options);
  const overlay = new Overlay();
  for (const channel of world.channels) overlay.hiddenChannels.add(`${channel.id}${HELD}`);
  const hooks = bug(inner, overlay);
  return wrapSystem(name, inner, {
    ...(hooks.before === undefined ? {} : { before: hooks.before }),
    after(command, result, fresh, side) {
      const out = hooks.after?.(command, result, fresh, side) ?? fresh;
      return Array.isArray(out) ? out.map(unheldEvent) : { ...out, events: out.events.map(unheldEvent) };
    },
    world: (w) => overlay.apply(w),
    observe: unheldObservation,
  });
}
