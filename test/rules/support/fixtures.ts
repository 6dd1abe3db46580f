import type { Channel, ChannelKind, Conversation, Ticket, User, World } from '../../../domain/index.ts';
import { DAY, DEFAULT_PIPELINE, HOUR } from '../../../domain/index.ts';

/** The simulated "now" of every fixture world: 2024-05-01T00:00:00Z. */
export const T0 = Date.UTC(2024, 4, 1);

const SETTINGS: Channel['settings'] = {
  signature: '-- Support',
  routing: { mode: 'round-robin', userIds: ['agent'] },
  automation: { autoReply: true, rules: ['tag-vip'] },
  ticketCreation: { autoCreate: false, defaultStatus: null },
};

/** A channel in the inbox. */
export function channel(id: string, kind: ChannelKind, extra: Partial<Channel> = {}): Channel {
  return {
    id,
    name: `${id} name`,
    kind,
    address: `${id}@example.com`,
    settings: SETTINGS,
    location: 'inbox',
    ...extra,
  };
}

/** A user; by default a Super Admin with help desk access. */
export function user(id: string, extra: Partial<User> = {}): User {
  return {
    id,
    name: `${id} name`,
    email: `${id}@example.com`,
    superAdmin: true,
    helpDeskAccess: true,
    ...extra,
  };
}

/** A conversation in `channels` (last one current), started `daysAgo` before T0, with `messages` emails. */
export function conversation(
  id: string,
  channels: string | readonly string[],
  extra: Partial<Conversation> & { daysAgo?: number; messageCount?: number } = {},
): Conversation {
  const { daysAgo = 3, messageCount = 2, ...rest } = extra;
  const history = typeof channels === 'string' ? [channels] : channels;
  const startedAt = T0 - daysAgo * DAY;
  const first = history[0] ?? 'email-1';
  const messages = Array.from({ length: messageCount }, (_, i) => ({
    id: `${id}-m${i}`,
    at: startedAt + i * HOUR,
    channelId: first,
    kind: 'email' as const,
    author: i % 2 === 0 ? ('contact' as const) : ('agent' as const),
    body: `message ${i}`,
  }));
  return {
    id,
    subject: `subject ${id}`,
    contactName: 'Ana',
    contactEmail: 'ana@example.com',
    channelHistory: history,
    startedAt,
    status: 'open',
    ownerId: 'agent',
    messages,
    location: 'inbox',
    ...rest,
  };
}

/** An inbox ticket of a conversation. */
export function ticket(id: string, conversationId: string, extra: Partial<Ticket> = {}): Ticket {
  return {
    id,
    conversationId,
    subject: `ticket ${id}`,
    createdAt: T0 - 2 * DAY,
    status: 'Waiting on us',
    ownerId: 'agent',
    location: 'inbox',
    sla: null,
    ...extra,
  };
}

/** A Pro account in the beta with notifications on, no SLA; admin, agent (access) and temp (no access). */
export function world(extra: Partial<World> = {}): World {
  return {
    clock: T0,
    account: {
      id: 'acct',
      name: 'Acme',
      tier: 'pro',
      helpDeskBeta: true,
      notificationsOn: true,
      sla: null,
      pipeline: DEFAULT_PIPELINE,
    },
    users: [
      user('admin'),
      user('agent', { superAdmin: false }),
      user('temp', { superAdmin: false, helpDeskAccess: false }),
    ],
    channels: [
      channel('email-1', 'email', { emailAddressKind: 'team' }),
      channel('email-2', 'email', { emailAddressKind: 'personal' }),
      channel('form-1', 'form'),
      channel('chat-1', 'chatflow', { surface: 'website-live-chat' }),
      channel('wa-chat', 'chatflow', { surface: 'whatsapp' }),
      channel('call-1', 'calling'),
    ],
    conversations: [],
    tickets: [],
    ...extra,
  };
}

/** An SLA policy, for accounts that have one. */
export const SLA = {
  firstReplyMinutes: 60,
  nextReplyMinutes: 120,
  timeToCloseMinutes: 1440,
  schedule: '24/7',
} as const;
