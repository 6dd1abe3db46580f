import type { ChannelKind, Conversation, SimTime, World } from '../../domain/index.ts';
import { quoteShort } from '../../domain/issue-words.ts';
import type { Issue } from '../scenario-issue.ts';
import type { ConversationInput } from '../schema/conversation-schema.ts';
import { formatSimTime } from '../../domain/index.ts';
import { historyOf } from './build-conversation.ts';

type Path = (string | number)[];

interface Tracked {
  history: string[];
  lastMessageAt: SimTime;
  replies: number;
}

/**
 * What the script compiler knows while it reads the steps: the IDs that exist, each
 * conversation's current channel and last message time, and the clock — known exactly until a
 * `run-until-idle`, whose end depends on the system, and only a lower bound after it.
 */
export class ScriptState {
  clock: SimTime;
  private clockExact = true;
  readonly defaultActor: string;
  lastStarter: string;
  private readonly users: ReadonlySet<string>;
  private readonly channels: ReadonlyMap<string, ChannelKind>;
  private readonly conversations = new Map<string, Tracked>();
  private readonly arrivals = new Map<string, Conversation>();

  constructor(world: World) {
    this.clock = world.clock;
    this.users = new Set(world.users.map((user) => user.id));
    this.channels = new Map(world.channels.map((channel) => [channel.id, channel.kind]));
    this.defaultActor = (world.users.find((user) => user.superAdmin) ?? world.users[0])?.id ?? 'admin';
    this.lastStarter = this.defaultActor;
    for (const conversation of world.conversations) this.track(conversation);
  }

  private track(conversation: Conversation): void {
    const last = conversation.messages[conversation.messages.length - 1];
    this.conversations.set(conversation.id, {
      history: [...conversation.channelHistory],
      lastMessageAt: last?.at ?? conversation.startedAt,
      replies: 0,
    });
  }

  channelKind(id: string): ChannelKind | undefined {
    return this.channels.get(id);
  }

  hasConversation(id: string): boolean {
    return this.conversations.has(id);
  }

  arrival(id: string): Conversation | undefined {
    return this.arrivals.get(id);
  }

  addArrival(conversation: Conversation): void {
    this.arrivals.set(conversation.id, conversation);
    this.track(conversation);
  }

  currentChannel(id: string): string {
    const history = this.conversations.get(id)?.history ?? [];
    return history[history.length - 1] ?? '';
  }

  changeChannel(id: string, to: string): void {
    this.conversations.get(id)?.history.push(to);
  }

  nextReplyNumber(id: string): number {
    const tracked = this.conversations.get(id);
    if (tracked === undefined) return 1;
    tracked.replies += 1;
    return tracked.replies;
  }

  /** A reply without a time comes now, and always after the conversation's previous message (INV-2). */
  nextMessageTime(id: string): SimTime {
    const last = this.conversations.get(id)?.lastMessageAt ?? this.clock;
    return Math.max(this.clock, last + 1_000);
  }

  noteMessage(id: string, at: SimTime): void {
    const tracked = this.conversations.get(id);
    if (tracked !== undefined) tracked.lastMessageAt = Math.max(tracked.lastMessageAt, at);
  }

  advance(ms: number): void {
    this.clock += ms;
  }

  /** `at:` needs an exact clock and a time not in the past. */
  advanceTo(target: SimTime, path: Path): { ms: number } | Issue {
    if (!this.clockExact)
      return {
        code: 'SCENARIO_IMPOSSIBLE',
        path,
        expected:
          'at: only before any run-until-idle (when it ends depends on the system); use advance: after it',
        found: `at: after a run-until-idle`,
      };
    if (target < this.clock)
      return {
        code: 'SCENARIO_IMPOSSIBLE',
        path,
        expected: `a time not before the script's clock, ${formatSimTime(this.clock)}`,
        found: formatSimTime(target),
      };
    const ms = target - this.clock;
    this.clock = target;
    return { ms };
  }

  clockUnknown(): void {
    this.clockExact = false;
  }

  userRef(id: string, path: Path): Issue | null {
    return this.users.has(id) ? null : reference('user', id, [...this.users], path);
  }

  channelRef(id: string, path: Path): Issue | null {
    return this.channels.has(id) ? null : reference('channel', id, [...this.channels.keys()], path);
  }

  conversationRef(id: string, path: Path): Issue | null {
    return this.conversations.has(id)
      ? null
      : reference(
          'conversation (of the world, or arrived earlier in the script)',
          id,
          [...this.conversations.keys()],
          path,
        );
  }

  /** The references of an arriving conversation: one channel form, known channels and owner. */
  conversationRefs(input: Omit<ConversationInput, 'tickets' | 'location'>, at: Path): Issue | null {
    if ((input.channel === undefined) === (input.channels === undefined))
      return {
        code: 'SCENARIO_IMPOSSIBLE',
        path: at,
        expected: 'exactly one of channel: <ID> or channels: [<ID>, ...]',
        found: input.channel === undefined ? 'neither' : 'both',
      };
    for (const [i, channel] of historyOf(input).entries()) {
      const issue = this.channelRef(channel, [
        ...at,
        input.channels === undefined ? (i === 0 ? 'channel' : 'continuedOverEmail') : 'channels',
        ...(input.channels === undefined ? [] : [i]),
      ]);
      if (issue !== null) return issue;
    }
    if (input.owner !== undefined && input.owner !== null) return this.userRef(input.owner, [...at, 'owner']);
    return null;
  }
}

function reference(what: string, id: string, known: readonly string[], path: Path): Issue {
  const some = known.slice(0, 8).join(', ');
  return {
    code: 'SCENARIO_REFERENCE',
    path,
    expected: `the ID of a ${what} (${some === '' ? 'none is declared' : some}${known.length > 8 ? ', ...' : ''})`,
    found: quoteShort(id),
  };
}
