// The tests' one inbox and its parts, built with the product's world builder (domain/world-builder.ts)
// and the tests' own defaults: a fixed "now" (T0), settings that differ from the defaults (so that a
// reset shows, SET-1), owned conversations with a little history. A test that depends on a value
// says it at the call site, even when it is the default.
import type {
  Account,
  Channel,
  ChannelKind,
  Conversation,
  SimTime,
  SlaPolicy,
  Ticket,
  User,
  World,
} from '../../domain/index.ts';
import { build, DAY, HOUR } from '../../domain/index.ts';

/** The simulated "now" of every fixture world: Wednesday 1 May 2024, 00:00 UTC. */
export const T0 = Date.UTC(2024, 4, 1);

/** An SLA policy, for accounts that have one. */
export const SLA: SlaPolicy = {
  firstReplyMinutes: 60,
  nextReplyMinutes: 120,
  timeToCloseMinutes: 1440,
  schedule: '24/7',
};

/** A Pro account in the beta with notifications on, no SLA, the default pipeline. */
export function account(overrides: Partial<Account> = {}): Account {
  return build.account({ id: 'acct', name: 'Acme', ...overrides });
}

/** A user named `<id> name`; not a Super Admin, with help desk access, unless `flags` say otherwise. */
export function user(id: string, flags: Partial<Omit<User, 'id'>> = {}): User {
  return build.user(id, { name: `${id} name`, ...flags });
}

/** admin: Super Admin with access; agent: access; temp: neither. */
export const USERS: readonly User[] = [
  user('admin', { superAdmin: true }),
  user('agent'),
  user('temp', { helpDeskAccess: false }),
];

/** Settings a move must keep (SET-1): none of them the builder's defaults. */
const CONFIGURED: build.SettingsParts = {
  signature: '-- Support',
  routing: { mode: 'round-robin', userIds: ['agent'] },
  automation: { autoReply: true, rules: ['tag-vip'] },
  ticketCreation: { autoCreate: false, defaultStatus: null },
};

/** A channel in the inbox with the configured settings; `parts.settings` replaces any of them. */
export function channel(id: string, kind: ChannelKind, parts: build.ChannelParts = {}): Channel {
  return build.channel(id, kind, {
    name: `${id} name`,
    address: `${id}@example.com`,
    ...parts,
    settings: { ...CONFIGURED, ...parts.settings },
  });
}

/**
 * email-1 (team address), email-2 (personal), form-1, chat-1 (website live chat), wa-chat (a
 * WhatsApp chatflow: never movable, ELIG-5), call-1 (calling: movable from profile 2025-03-14).
 */
export const CHANNELS: readonly Channel[] = [
  channel('email-1', 'email', { emailAddressKind: 'team' }),
  channel('email-2', 'email', { emailAddressKind: 'personal' }),
  channel('form-1', 'form'),
  channel('chat-1', 'chatflow', { surface: 'website-live-chat' }),
  channel('wa-chat', 'chatflow', { surface: 'whatsapp' }),
  channel('call-1', 'calling'),
];

/** A message from the contact (an email unless `parts.kind` says otherwise). */
export const message = build.message;

export type ConversationSpec = build.ConversationParts & {
  /** When it started, in days before T0 (default 3); `startedAt` wins. */
  readonly daysAgo?: number;
  readonly startedAt?: SimTime;
  /** Messages in the first channel of its history, an hour apart, contact and agent in turn (default 2). */
  readonly messageCount?: number;
};

/** A conversation in `channels` (the last one current), owned by agent, open, in the inbox. */
export function conversation(
  id: string,
  channels: string | readonly string[],
  spec: ConversationSpec = {},
): Conversation {
  const { daysAgo = 3, messageCount = 2, startedAt = T0 - daysAgo * DAY, ...parts } = spec;
  const history = typeof channels === 'string' ? [channels] : channels;
  const first = history[0] ?? 'email-1';
  const messages = Array.from({ length: messageCount }, (_, i) =>
    message(`${id}-m${i}`, first, startedAt + i * HOUR, {
      author: i % 2 === 0 ? 'contact' : 'agent',
      body: `message ${i}`,
    }),
  );
  return build.conversation(id, history, startedAt, {
    subject: `subject ${id}`,
    contactName: 'Ana',
    contactEmail: 'ana@example.com',
    ownerId: 'agent',
    messages,
    ...parts,
  });
}

/** An inbox ticket of a conversation, created two days before T0, owned by agent, "Waiting on us". */
export function ticket(
  id: string,
  conversationId: string,
  spec: build.TicketParts & { readonly createdAt?: SimTime } = {},
): Ticket {
  const { createdAt = T0 - 2 * DAY, ...parts } = spec;
  return build.ticket(id, conversationId, createdAt, {
    subject: `ticket ${id}`,
    status: 'Waiting on us',
    ownerId: 'agent',
    ...parts,
  });
}

/** The fixture inbox at T0: the account, USERS and CHANNELS, no conversations; `parts` replace any. */
export function world(parts: Partial<World> = {}): World {
  return build.world({ clock: T0, account: account(), users: USERS, channels: CHANNELS, ...parts });
}
