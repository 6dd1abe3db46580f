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
  /** The conversations in the order they came (the world's, then each arrival): what references index. */
  readonly conversationIds: string[] = [];
  private readonly kinds: ReadonlyMap<string, ChannelKind>;
  private readonly threads = new Map<string, Thread>();

  constructor(world: World) {
    this.now = world.clock;
    this.latest = world.clock;
    this.kinds = new Map(world.channels.map((channel) => [channel.id, channel.kind]));
    for (const conversation of world.conversations) this.addConversation(conversation);
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
    return this.threads.has(id);
  }

  /** A conversation from now on; one already known (a redelivery, which a system drops) changes nothing. */
  addConversation(conversation: Arriving): void {
    let lastMessageAt = conversation.startedAt;
    for (const message of conversation.messages) {
      this.latest = Math.max(this.latest, message.at);
      lastMessageAt = message.at;
    }
    if (this.threads.has(conversation.id)) return;
    this.conversationIds.push(conversation.id);
    const channel = conversation.channelHistory[conversation.channelHistory.length - 1] ?? '';
    this.threads.set(conversation.id, { channel, lastMessageAt });
  }

  /** The channel the conversation is in now: the last of its history (HIST-7); '' when unknown. */
  currentChannel(id: string): string {
    return this.threads.get(id)?.channel ?? '';
  }

  changeChannel(id: string, to: string): void {
    const thread = this.threads.get(id);
    if (thread !== undefined) thread.channel = to;
  }

  noteMessage(id: string, at: SimTime): void {
    this.latest = Math.max(this.latest, at);
    const thread = this.threads.get(id);
    if (thread !== undefined) thread.lastMessageAt = Math.max(thread.lastMessageAt, at);
  }

  /** A reply written without a time: now, and a second after its thread's previous message (INV-2). */
  replyTime(id: string): SimTime {
    const last = this.threads.get(id)?.lastMessageAt ?? this.now;
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
