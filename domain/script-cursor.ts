import type { ChannelKind } from './channel.ts';
import type { EntryPoint, HistoryChoice } from './commands.ts';
import type { Conversation } from './conversation.ts';
import type { SimTime } from './time.ts';
import type { World } from './world.ts';

/** What a conversation is known to be while a script is written. */
interface Thread {
  /** The last of its channel history (HIST-7): all a later command needs of it. */
  channel: string;
  lastMessageAt: SimTime;
}

/** The least time between a reply and the message before it in its thread, when none is given. */
const REPLY_AFTER = 1_000;

type Arriving = Pick<Conversation, 'id' | 'channelHistory' | 'startedAt' | 'messages'>;

/**
 * What a script knows of the world while its commands are written in order, without a system to
 * ask: the conversations that exist (the world's, then those that arrived), the channel each is in
 * now (after change-channel), when its last message came, and the clock. Both script writers use
 * it — the scenario compiler (YAML steps that name things) and the arbitraries' resolver (specs
 * with numeric references) — so these rules live here once, and a reply never predates its thread
 * (INV-2) whichever of them wrote it.
 */
export class ScriptCursor {
  private now: SimTime;
  private exact = true;
  /**
   * The latest instant the script may have reached: every message so far, every advance, and each
   * run-until-idle at its bound. A message written after it comes after everything else.
   */
  private latest: SimTime;
  private readonly world: World;
  /**
   * The conversations a command touched or that arrived, by ID. The world's others are read from
   * the world when a command first names them (`thread`): a script of a few commands over a
   * million-conversation world (a `bulk:` scenario) does not copy the world into a second map.
   */
  private readonly threads = new Map<string, Thread>();
  /** Position of each world conversation by ID, built the first time a command names one. */
  private positions: Map<string, number> | undefined;
  private ids: string[] | undefined;
  private readonly arrivedIds: string[] = [];
  private readonly kinds: ReadonlyMap<string, ChannelKind>;

  constructor(world: World) {
    this.world = world;
    this.now = world.clock;
    this.kinds = new Map(world.channels.map((channel) => [channel.id, channel.kind]));
    let latest = world.clock;
    for (const conversation of world.conversations)
      for (const message of conversation.messages) if (message.at > latest) latest = message.at;
    this.latest = latest;
  }

  /** The conversations in the order they came (the world's, then each arrival): what references index. */
  get conversationIds(): readonly string[] {
    this.ids ??= [...this.world.conversations.map((c) => c.id), ...this.arrivedIds];
    return this.ids;
  }

  private thread(id: string): Thread | undefined {
    const known = this.threads.get(id);
    if (known !== undefined) return known;
    if (this.positions === undefined) {
      const positions = new Map<string, number>();
      this.world.conversations.forEach((c, i) => {
        if (!positions.has(c.id)) positions.set(c.id, i);
      });
      this.positions = positions;
    }
    const at = this.positions.get(id);
    const conversation = at === undefined ? undefined : this.world.conversations[at];
    if (conversation === undefined) return undefined;
    const thread = threadOf(conversation);
    this.threads.set(id, thread);
    return thread;
  }

  /** The system's clock as the script knows it: exact until a run-until-idle, a lower bound after it. */
  get clock(): SimTime {
    return this.now;
  }

  get clockIsExact(): boolean {
    return this.exact;
  }

  /** The IDs of the world's channels (a script adds none). */
  channelIds(): string[] {
    return [...this.kinds.keys()];
  }

  channelKind(id: string): ChannelKind | undefined {
    return this.kinds.get(id);
  }

  knowsConversation(id: string): boolean {
    return this.thread(id) !== undefined;
  }

  /** A conversation arriving; one already known (a redelivery, which a system drops) changes nothing. */
  addConversation(conversation: Arriving): void {
    for (const message of conversation.messages) this.latest = Math.max(this.latest, message.at);
    if (this.thread(conversation.id) !== undefined) return;
    this.arrivedIds.push(conversation.id);
    this.ids?.push(conversation.id);
    this.threads.set(conversation.id, threadOf(conversation));
  }

  /** The channel the conversation is in now: the last of its history (HIST-7); '' when unknown. */
  currentChannel(id: string): string {
    return this.thread(id)?.channel ?? '';
  }

  changeChannel(id: string, to: string): void {
    const thread = this.thread(id);
    if (thread !== undefined) thread.channel = to;
  }

  noteMessage(id: string, at: SimTime): void {
    this.latest = Math.max(this.latest, at);
    const thread = this.thread(id);
    if (thread !== undefined) thread.lastMessageAt = Math.max(thread.lastMessageAt, at);
  }

  /** A reply written without a time: now, and a second after its thread's previous message (INV-2). */
  replyTime(id: string): SimTime {
    const last = this.thread(id)?.lastMessageAt ?? this.now;
    return Math.max(this.now, last + REPLY_AFTER);
  }

  /** The time `gap` after the latest instant so far, which becomes the latest: a message after everything. */
  laterBy(gap: number): SimTime {
    this.latest += gap;
    return this.latest;
  }

  advance(ms: number): void {
    this.now += ms;
    this.latest += ms;
  }

  /** After a run-until-idle the clock is only a lower bound: when it ends depends on the system. */
  runUntilIdle(maxMs: number | undefined): void {
    this.exact = false;
    this.latest += maxMs ?? 0;
  }

  /** Where a move of the channel is started from when the script does not say (ELIG-8). */
  entryPointFor(channelId: string): EntryPoint {
    return this.kinds.get(channelId) === 'chatflow' ? 'chatflows-list' : 'inbox-settings';
  }
}

/** What the script needs of a conversation: its current channel (HIST-7) and its last message's time. */
function threadOf(conversation: Arriving): Thread {
  const last = conversation.messages[conversation.messages.length - 1];
  return {
    channel: conversation.channelHistory[conversation.channelHistory.length - 1] ?? '',
    lastMessageAt: last?.at ?? conversation.startedAt,
  };
}

/** History chosen: all conversations, with the statuses given (one left out is a request to refuse, HIST-0). */
export function allHistory(openStatus: string | undefined, closedStatus: string | undefined): HistoryChoice {
  return {
    kind: 'all',
    ...(openStatus === undefined ? {} : { openStatus }),
    ...(closedStatus === undefined ? {} : { closedStatus }),
  };
}

/** All conversations with the pipeline's own statuses: its first for open ones, its last for closed ones. */
export function pipelineHistory(statuses: readonly string[]): HistoryChoice {
  return allHistory(statuses[0] ?? '', statuses[statuses.length - 1] ?? '');
}
