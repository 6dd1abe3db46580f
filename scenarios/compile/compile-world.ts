import { DAY, flat, MINUTE, type Conversation, type Ticket, type World } from '../../domain/index.ts';
import type { BulkInput } from '../schema/conversation-schema.ts';
import type { ScenarioInput } from '../schema/scenario-schema.ts';
import { parseDuration, parseTime } from '../time-text.ts';
import { MessageColumns } from '../../domain/message-columns.ts';
import {
  buildConversation,
  buildTickets,
  DEFAULT_MESSAGE_IDS,
  historyOf,
  type BuildContext,
  type BulkMessages,
} from './build-conversation.ts';
import { buildAccount, buildChannel, buildUser, DEFAULT_USERS } from './world-defaults.ts';
import type { SourceSpan } from './world-problems.ts';

/** A conversation written without `startedAt` started a day before the scenario. */
export const DEFAULT_CONVERSATION_AGE = DAY;

/**
 * The world a scenario describes, with every default filled in; the clock at `start`. Tolerant of
 * what `validateWorld` then finds (a dangling reference is compiled as it is written), so that the
 * world's problems are reported as such; `sources` says which entry of the file wrote which
 * conversations and tickets, for those reports.
 */
export function compileWorld(
  input: ScenarioInput,
  start: number,
): { world: World; ctx: BuildContext; sources: SourceSpan[] } {
  const account = buildAccount(input.account);
  const channels = (input.channels ?? []).map(buildChannel);
  const ctx: BuildContext = {
    start,
    account,
    channelKinds: new Map(channels.map((channel) => [channel.id, channel.kind])),
    channelLocations: new Map(channels.map((channel) => [channel.id, channel.location])),
  };
  const conversations: Conversation[] = [];
  const tickets: Ticket[] = [];
  const sources: SourceSpan[] = [];
  const span = (at: SourceSpan['at']): void => {
    sources.push({ at, firstConversation: conversations.length, firstTicket: tickets.length });
  };
  for (const [i, raw] of (input.conversations ?? []).entries()) {
    span(['conversations', i]);
    const history = historyOf(raw);
    const inHelpDesk = ctx.channelLocations.get(history[history.length - 1] ?? '') === 'help-desk';
    const location = raw.location ?? (inHelpDesk ? 'help-desk' : 'inbox');
    const conversation = buildConversation(raw, ctx, start - DEFAULT_CONVERSATION_AGE, location);
    conversations.push(conversation);
    const ticketInput = raw.tickets ?? (location === 'help-desk' ? 1 : 0);
    tickets.push(...buildTickets({ tickets: ticketInput }, conversation, ctx));
  }
  for (const [b, bulk] of (input.bulk ?? []).entries()) {
    span(['bulk', b]);
    addBulk(bulk, ctx, conversations, tickets);
  }
  return {
    world: {
      clock: start,
      account,
      users: (input.users ?? DEFAULT_USERS).map(buildUser),
      channels,
      conversations,
      tickets,
    },
    ctx,
    sources,
  };
}

/**
 * The body of a bulk conversation's message `index`: one string per index, shared by every bulk
 * conversation. A body of its own per message (naming the conversation) cost ~60 bytes each, 300 MB
 * for a million conversations of five messages, and no rule reads what a bulk body says.
 */
const BULK_BODIES: string[] = [];
function bulkBody(index: number): string {
  return (BULK_BODIES[index] ??= `Bulk conversation, message ${index + 1}`);
}

/**
 * `bulk:` N conversations `${idPrefix}1..N`, a `spacing` apart from `startedAt` (default 30 days
 * before the start, one minute apart); every `closedEvery`-th closed, every `ticketEvery`-th with a
 * ticket, owners round-robin. Deterministic: no randomness is needed for size-dependent rules.
 */
function addBulk(bulk: BulkInput, ctx: BuildContext, conversations: Conversation[], tickets: Ticket[]): void {
  const prefix = bulk.idPrefix ?? `${bulk.channel}-bulk-`;
  const first =
    bulk.startedAt === undefined ? ctx.start - 30 * DAY : (parseTime(bulk.startedAt, ctx.start) ?? 0);
  const spacing = bulk.spacing === undefined ? MINUTE : (parseDuration(bulk.spacing) ?? MINUTE);
  const owners = bulk.owners ?? [];
  const location = ctx.channelLocations.get(bulk.channel) === 'help-desk' ? 'help-desk' : 'inbox';
  const messages: BulkMessages = {
    columns: new MessageColumns(DEFAULT_MESSAGE_IDS, bulk.count * (bulk.messages ?? 1)),
    body: bulkBody,
  };
  for (let i = 0; i < bulk.count; i += 1) {
    const n = i + 1;
    const conversation = buildConversation(
      {
        id: flat(prefix, n),
        channel: bulk.channel,
        status:
          bulk.closedEvery !== undefined && bulk.closedEvery > 0 && n % bulk.closedEvery === 0
            ? 'closed'
            : 'open',
        owner: owners.length === 0 ? null : (owners[i % owners.length] ?? null),
        messages: bulk.messages ?? 1,
      },
      ctx,
      first + i * spacing,
      location,
      messages,
    );
    conversations.push(conversation);
    const withTicket =
      location === 'help-desk' ||
      (bulk.ticketEvery !== undefined && bulk.ticketEvery > 0 && n % bulk.ticketEvery === 0);
    if (withTicket) tickets.push(...buildTickets({ tickets: 1 }, conversation, ctx));
  }
}
