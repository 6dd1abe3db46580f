import type { Conversation, SimTime, World } from '../../domain/index.ts';
import { quoteShort } from '../../domain/issue-words.ts';
import { ScriptCursor } from '../../domain/script-cursor.ts';
import type { Issue } from '../scenario-issue.ts';
import type { ConversationInput } from '../schema/conversation-schema.ts';
import { formatSimTime } from '../../domain/index.ts';
import { historyOf } from './build-conversation.ts';

type Path = (string | number)[];

/**
 * What the script compiler knows while it reads the steps: the script's own state (conversations,
 * their channels and last messages, the clock) as the arbitraries track it too (ScriptCursor), and
 * what only a file written by hand needs: the users its steps may name, who acts when a step does
 * not say, the conversations a `redeliver:` can repeat, each reply's number, and references
 * checked with the words of an error.
 */
export class ScriptState extends ScriptCursor {
  readonly defaultActor: string;
  lastStarter: string;
  private readonly users: ReadonlySet<string>;
  private readonly arrivals = new Map<string, Conversation>();
  private readonly replies = new Map<string, number>();

  constructor(world: World) {
    super(world);
    this.users = new Set(world.users.map((user) => user.id));
    this.defaultActor = (world.users.find((user) => user.superAdmin) ?? world.users[0])?.id ?? 'admin';
    this.lastStarter = this.defaultActor;
  }

  arrival(id: string): Conversation | undefined {
    return this.arrivals.get(id);
  }

  addArrival(conversation: Conversation): void {
    this.arrivals.set(conversation.id, conversation);
    this.addConversation(conversation);
  }

  nextReplyNumber(id: string): number {
    const n = (this.replies.get(id) ?? 0) + 1;
    this.replies.set(id, n);
    return n;
  }

  /** `at:` needs an exact clock and a time not in the past. */
  advanceTo(target: SimTime, path: Path): { ms: number } | Issue {
    if (!this.clockIsExact)
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
    this.advance(ms);
    return { ms };
  }

  userRef(id: string, path: Path): Issue | null {
    return this.users.has(id) ? null : reference('user', id, [...this.users], path);
  }

  channelRef(id: string, path: Path): Issue | null {
    return this.channelKind(id) !== undefined ? null : reference('channel', id, this.channelIds(), path);
  }

  conversationRef(id: string, path: Path): Issue | null {
    return this.knowsConversation(id)
      ? null
      : reference(
          'conversation (of the world, or arrived earlier in the script)',
          id,
          this.conversationIds,
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
