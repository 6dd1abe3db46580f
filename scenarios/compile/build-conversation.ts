import {
  build,
  channelMessageKind,
  flat,
  MINUTE,
  HOUR,
  type Account,
  type ChannelKind,
  type ChannelLocation,
  type Conversation,
  type Message,
  type SimTime,
  type Ticket,
  type TicketSla,
} from '../../domain/index.ts';
import type { MessageColumns } from '../../domain/message-columns.ts';
import type { ConversationInput } from '../schema/conversation-schema.ts';
import { parseTime } from '../time-text.ts';

/** What building a conversation needs to know about the rest of the world. */
export interface BuildContext {
  readonly start: SimTime;
  readonly account: Account;
  readonly channelKinds: ReadonlyMap<string, ChannelKind>;
  readonly channelLocations: ReadonlyMap<string, ChannelLocation>;
}

/** Default spacing of a conversation's messages. */
export const MESSAGE_SPACING = 10 * MINUTE;

/** The channel history a compact conversation describes: `channel`, `channels`, or form then email. */
export function historyOf(
  input: Pick<ConversationInput, 'channel' | 'channels' | 'continuedOverEmail'>,
): string[] {
  if (input.channels !== undefined) return [...input.channels];
  const first = input.channel ?? '';
  return input.continuedOverEmail === undefined ? [first] : [first, input.continuedOverEmail];
}

/** SLA due times of a help desk ticket created at `createdAt`, when the account has SLAs. */
export function slaFor(account: Account, createdAt: SimTime): TicketSla | null {
  if (account.sla === null) return null;
  return {
    firstReplyDueAt: createdAt + account.sla.firstReplyMinutes * MINUTE,
    nextReplyDueAt: createdAt + account.sla.nextReplyMinutes * MINUTE,
    closeDueAt: createdAt + account.sla.timeToCloseMinutes * MINUTE,
  };
}

/** Message IDs a conversation's messages get when the input names none: `${conversation}-m${n}`, n from 1. */
export const DEFAULT_MESSAGE_IDS = { prefix: '', separator: '-m', first: 1 } as const;

/**
 * Where a `bulk:` block's messages go: to columns (a few bytes each instead of an object each,
 * domain/message-columns.ts; built with DEFAULT_MESSAGE_IDS), with `body(index)` as their text.
 */
export interface BulkMessages {
  readonly columns: MessageColumns;
  readonly body: (index: number) => string;
}

/**
 * A conversation from its compact form. Messages default to one per channel of the history
 * (a form thread gets its submission and one email), ten minutes apart from `startedAt`; a message
 * without a body gets one naming the conversation's subject (a bulk conversation's, `bulk.body`).
 */
export function buildConversation(
  input: Omit<ConversationInput, 'tickets' | 'location'>,
  ctx: BuildContext,
  defaultStartedAt: SimTime,
  location: 'inbox' | 'help-desk',
  bulk?: BulkMessages,
): Conversation {
  const history = historyOf(input);
  const startedAt =
    input.startedAt === undefined ? defaultStartedAt : (parseTime(input.startedAt, ctx.start) ?? 0);
  const subject = input.subject ?? `Conversation ${input.id}`;
  const fieldsOf = (message: Partial<MessageFields>, index: number) => {
    const channelId = message.channel ?? history[Math.min(index, history.length - 1)] ?? '';
    return {
      channelId,
      at:
        message.at === undefined
          ? startedAt + index * MESSAGE_SPACING
          : (parseTime(message.at, ctx.start) ?? 0),
      kind: message.kind ?? channelMessageKind(ctx.channelKinds.get(channelId) ?? 'custom'),
      author: message.author ?? (index % 2 === 0 ? 'contact' : 'agent'),
      body: message.body ?? bulk?.body(index) ?? `${subject}, message ${index + 1}`,
    };
  };
  let messages: readonly Message[];
  if (bulk !== undefined && (input.messages === undefined || typeof input.messages === 'number')) {
    const { columns } = bulk;
    const first = columns.size;
    const count = input.messages ?? history.length;
    for (let index = 0; index < count; index += 1) {
      const m = fieldsOf({}, index);
      columns.add(m.at, m.channelId, m.kind, m.author, m.body);
    }
    messages = columns.list(first, count, input.id);
  } else {
    const messageInputs =
      input.messages === undefined || typeof input.messages === 'number'
        ? Array.from({ length: input.messages ?? history.length }, () => ({}))
        : input.messages;
    messages = messageInputs.map((message: Partial<MessageFields>, index) => {
      const m = fieldsOf(message, index);
      return build.message(
        message.id ?? flat(input.id, DEFAULT_MESSAGE_IDS.separator, index + DEFAULT_MESSAGE_IDS.first),
        m.channelId,
        m.at,
        m,
      );
    });
  }
  return build.conversation(input.id, history, startedAt, {
    subject,
    contactName: input.contact?.name,
    contactEmail: input.contact?.email,
    status: input.status,
    ownerId: input.owner,
    messages,
    location,
  });
}

interface MessageFields {
  readonly id: string;
  readonly at: string | number;
  readonly channel: string;
  readonly kind: Message['kind'];
  readonly author: Message['author'];
  readonly body: string;
}

/**
 * The tickets of a world conversation: `tickets: n` gives n tickets an hour apart from the
 * conversation's start, status after its state (open: the pipeline's first, closed: its last),
 * owned by its owner, where the conversation is.
 */
export function buildTickets(
  input: Pick<ConversationInput, 'tickets'>,
  conversation: Conversation,
  ctx: BuildContext,
): Ticket[] {
  const statuses = ctx.account.pipeline.statuses;
  const defaultStatus = (conversation.status === 'open' ? statuses[0] : statuses[statuses.length - 1]) ?? '';
  const list =
    typeof input.tickets === 'number'
      ? Array.from({ length: input.tickets }, () => ({}))
      : (input.tickets ?? []);
  return list.map((ticket: Partial<TicketFields>, index) => {
    const createdAt =
      ticket.createdAt === undefined
        ? conversation.startedAt + index * HOUR
        : (parseTime(ticket.createdAt, ctx.start) ?? 0);
    return build.ticket(ticket.id ?? flat(conversation.id, '-t', index + 1), conversation.id, createdAt, {
      subject:
        ticket.subject ?? (list.length > 1 ? `${conversation.subject} (${index + 1})` : conversation.subject),
      status: ticket.status ?? defaultStatus,
      ownerId: ticket.owner === undefined ? conversation.ownerId : ticket.owner,
      location: conversation.location,
      sla: conversation.location === 'help-desk' ? slaFor(ctx.account, createdAt) : null,
    });
  });
}

interface TicketFields {
  readonly id: string;
  readonly status: string;
  readonly owner: string | null;
  readonly createdAt: string | number;
  readonly subject: string;
}
