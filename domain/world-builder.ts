// The one way to build a world and its parts. Scenario files, the generators, explore's edits, the
// import, the harness's probe and the tests all build through these constructors, so a default (or a
// new field) lives in one place. The defaults are the scenario format's: what a compact scenario file
// leaves out. Keys come out in the order of the domain's interfaces, whatever the caller passes:
// key order shows in JSON (saved counterexamples, report diffs), so it must not depend on the caller.
// Imported as a namespace (`build.channel(...)`), the names read as what they build.
import { DEFAULT_PIPELINE, type Account } from './account.ts';
import type {
  Channel,
  ChannelKind,
  ChannelLocation,
  ChannelSettings,
  ChatflowSurface,
  EmailAddressKind,
} from './channel.ts';
import type { Conversation, Message } from './conversation.ts';
import type { Ticket } from './ticket.ts';
import type { SimTime } from './time.ts';
import type { User } from './user.ts';
import type { World } from './world.ts';

/** An account: Service Hub Pro, in the beta, notifications on, no SLA, the default pipeline. */
export function account(parts: Partial<Account> = {}): Account {
  return {
    id: parts.id ?? 'account-1',
    name: parts.name ?? 'Acme',
    tier: parts.tier ?? 'pro',
    helpDeskBeta: parts.helpDeskBeta ?? true,
    notificationsOn: parts.notificationsOn ?? true,
    sla: parts.sla ?? null,
    pipeline: parts.pipeline ?? DEFAULT_PIPELINE,
  };
}

/** A user named after their ID: not a Super Admin, with help desk access. */
export function user(id: string, flags: Partial<Omit<User, 'id'>> = {}): User {
  return {
    id,
    name: flags.name ?? id.charAt(0).toUpperCase() + id.slice(1),
    email: flags.email ?? `${id}@example.com`,
    superAdmin: flags.superAdmin ?? false,
    helpDeskAccess: flags.helpDeskAccess ?? true,
  };
}

/** Settings given in part: each missing field takes its default (nothing configured, tickets created). */
export interface SettingsParts {
  readonly signature?: string;
  readonly routing?: Partial<ChannelSettings['routing']>;
  readonly automation?: Partial<ChannelSettings['automation']>;
  readonly ticketCreation?: Partial<ChannelSettings['ticketCreation']>;
}

/** Channel settings: no routing, no automation, tickets created with the pipeline's first status. */
export function channelSettings(parts: SettingsParts = {}, signature = ''): ChannelSettings {
  return {
    signature: parts.signature ?? signature,
    routing: { mode: parts.routing?.mode ?? 'none', userIds: parts.routing?.userIds ?? [] },
    automation: {
      autoReply: parts.automation?.autoReply ?? false,
      rules: parts.automation?.rules ?? [],
    },
    ticketCreation: {
      autoCreate: parts.ticketCreation?.autoCreate ?? true,
      defaultStatus: parts.ticketCreation?.defaultStatus ?? null,
    },
  };
}

/** What a channel may be given beyond its ID and kind; settings in part. */
export interface ChannelParts {
  readonly name?: string;
  /** Kept on a chatflow only (default: website live chat). */
  readonly surface?: ChatflowSurface;
  /** Kept on an email channel only (default: a team address). */
  readonly emailAddressKind?: EmailAddressKind;
  readonly address?: string;
  readonly settings?: SettingsParts;
  readonly location?: ChannelLocation;
}

const KIND_NAMES: Readonly<Record<ChannelKind, string>> = {
  email: 'Email',
  form: 'Form',
  chatflow: 'Chatflow',
  calling: 'Calling',
  'whatsapp-channel': 'WhatsApp',
  'messenger-channel': 'Messenger',
  custom: 'Custom channel',
};

function defaultAddress(id: string, kind: ChannelKind): string {
  if (kind === 'email') return `${id}@support.example.com`;
  if (kind === 'calling') return `tel:${id}`;
  return `https://example.com/${kind}/${id}`;
}

/**
 * A channel in the inbox, named after its kind and ID, signed by "the <name> team". A surface is
 * kept on a chatflow only and an email address kind on an email channel only, as validateWorld asks.
 */
export function channel(id: string, kind: ChannelKind, parts: ChannelParts = {}): Channel {
  const name = parts.name ?? `${KIND_NAMES[kind]} ${id}`;
  return {
    id,
    name,
    kind,
    ...(kind === 'chatflow' ? { surface: parts.surface ?? 'website-live-chat' } : {}),
    ...(kind === 'email' ? { emailAddressKind: parts.emailAddressKind ?? 'team' } : {}),
    address: parts.address ?? defaultAddress(id, kind),
    settings: channelSettings(parts.settings, `The ${name} team`),
    location: parts.location ?? 'inbox',
  };
}

/** A message from the contact, an email unless said otherwise, with an empty body. */
export function message(
  id: string,
  channelId: string,
  at: SimTime,
  parts: Partial<Pick<Message, 'kind' | 'author' | 'body'>> = {},
): Message {
  return {
    id,
    at,
    channelId,
    kind: parts.kind ?? 'email',
    author: parts.author ?? 'contact',
    body: parts.body ?? '',
  };
}

export type ConversationParts = Partial<Omit<Conversation, 'id' | 'channelHistory' | 'startedAt'>>;

/** An open, unowned conversation in the inbox (its current channel is the last of `channelHistory`). */
export function conversation(
  id: string,
  channelHistory: readonly string[],
  startedAt: SimTime,
  parts: ConversationParts = {},
): Conversation {
  return {
    id,
    subject: parts.subject ?? `Conversation ${id}`,
    contactName: parts.contactName ?? `Contact of ${id}`,
    contactEmail: parts.contactEmail ?? `${id}@customer.example.com`,
    channelHistory,
    startedAt,
    status: parts.status ?? 'open',
    ownerId: parts.ownerId ?? null,
    messages: parts.messages ?? [],
    location: parts.location ?? 'inbox',
  };
}

export type TicketParts = Partial<Omit<Ticket, 'id' | 'conversationId' | 'createdAt'>>;

/** An unowned inbox ticket without SLAs, in the default pipeline's first status. */
export function ticket(
  id: string,
  conversationId: string,
  createdAt: SimTime,
  parts: TicketParts = {},
): Ticket {
  return {
    id,
    conversationId,
    subject: parts.subject ?? `Ticket ${id}`,
    createdAt,
    status: parts.status ?? (DEFAULT_PIPELINE.statuses[0] as string),
    ownerId: parts.ownerId ?? null,
    location: parts.location ?? 'inbox',
    sla: parts.sla ?? null,
  };
}

/** A world at `clock` 0 with the default account and nothing else; any part given replaces its default. */
export function world(parts: Partial<World> = {}): World {
  return {
    clock: parts.clock ?? 0,
    account: parts.account ?? account(),
    users: parts.users ?? [],
    channels: parts.channels ?? [],
    conversations: parts.conversations ?? [],
    tickets: parts.tickets ?? [],
  };
}
