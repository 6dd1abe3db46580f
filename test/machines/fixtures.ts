import { createReferenceSystem } from '../../machines/index.ts';
import { DEFAULT_PIPELINE, DEFAULT_POLICIES, DEFAULT_PROFILE } from '../../domain/index.ts';
import type {
  Account,
  Channel,
  ChannelKind,
  Command,
  Conversation,
  EventType,
  Message,
  SyncMigrationSystem,
  Policies,
  ProfileId,
  SystemEvent,
  Ticket,
  User,
  World,
} from '../../domain/index.ts';

/** A fixed simulated instant: 1 June 2024, 09:00 UTC. */
export const T0 = Date.UTC(2024, 5, 1, 9);

export const SLA: NonNullable<Account['sla']> = {
  firstReplyMinutes: 60,
  nextReplyMinutes: 120,
  timeToCloseMinutes: 1440,
  schedule: '24/7',
};

export function account(overrides: Partial<Account> = {}): Account {
  return {
    id: 'acct',
    name: 'Acme',
    tier: 'pro',
    helpDeskBeta: true,
    notificationsOn: true,
    sla: null,
    pipeline: DEFAULT_PIPELINE,
    ...overrides,
  };
}

export function user(id: string, superAdmin: boolean, helpDeskAccess: boolean): User {
  return { id, name: id, email: `${id}@acme.test`, superAdmin, helpDeskAccess };
}

/** admin: Super Admin with access; agent: access; outsider: no access. */
export const USERS: readonly User[] = [
  user('admin', true, true),
  user('agent', false, true),
  user('outsider', false, false),
];

export function channel(id: string, kind: ChannelKind, overrides: Partial<Channel> = {}): Channel {
  return {
    id,
    name: id,
    kind,
    address: `${id}@acme.test`,
    settings: {
      signature: `-- ${id}`,
      routing: { mode: 'round-robin', userIds: ['agent'] },
      automation: { autoReply: true, rules: [`rule-${id}`] },
      ticketCreation: { autoCreate: false, defaultStatus: 'Waiting on us' },
    },
    location: 'inbox',
    ...(kind === 'email' ? { emailAddressKind: 'team' as const } : {}),
    ...(kind === 'chatflow' ? { surface: 'website-live-chat' as const } : {}),
    ...overrides,
  };
}

/** email, form, chat (website chatflow), calling, whatsapp-flow (chatflow on WhatsApp), custom. */
export const CHANNELS: readonly Channel[] = [
  channel('email', 'email'),
  channel('form', 'form'),
  channel('chat', 'chatflow'),
  channel('calling', 'calling'),
  channel('whatsapp-flow', 'chatflow', { surface: 'whatsapp' }),
  channel('custom', 'custom'),
];

export function message(id: string, channelId: string, at: number, kind: Message['kind'] = 'email'): Message {
  return { id, at, channelId, kind, author: 'contact', body: `body of ${id}` };
}

export interface ConversationSpec {
  readonly channels?: readonly string[];
  readonly status?: Conversation['status'];
  readonly ownerId?: string | null;
  readonly startedAt?: number;
  readonly messages?: number;
  readonly location?: Conversation['location'];
}

export function conversation(id: string, spec: ConversationSpec = {}): Conversation {
  const channels = spec.channels ?? ['email'];
  const startedAt = spec.startedAt ?? T0 - 86_400_000;
  const last = channels[channels.length - 1] ?? 'email';
  return {
    id,
    subject: `subject of ${id}`,
    contactName: 'Contact',
    contactEmail: 'contact@example.test',
    channelHistory: channels,
    startedAt,
    status: spec.status ?? 'open',
    ownerId: spec.ownerId ?? null,
    messages: Array.from({ length: spec.messages ?? 2 }, (_, i) =>
      message(`${id}-m${i}`, last, startedAt + i * 1000),
    ),
    location: spec.location ?? 'inbox',
  };
}

export function ticket(id: string, conversationId: string, overrides: Partial<Ticket> = {}): Ticket {
  return {
    id,
    conversationId,
    subject: `ticket ${id}`,
    createdAt: T0 - 3_600_000,
    status: 'Waiting on us',
    ownerId: null,
    location: 'inbox',
    sla: null,
    ...overrides,
  };
}

export function world(parts: Partial<World> = {}): World {
  return {
    clock: T0,
    account: account(),
    users: USERS,
    channels: CHANNELS,
    conversations: [],
    tickets: [],
    ...parts,
  };
}

export interface SystemSpec {
  readonly policies?: Partial<Policies>;
  readonly profile?: ProfileId;
}

export function system(w: World, spec: SystemSpec = {}): SyncMigrationSystem {
  return createReferenceSystem(w, {
    policies: { ...DEFAULT_POLICIES, ...spec.policies },
    profile: spec.profile ?? DEFAULT_PROFILE,
  });
}

/** A start-move of `channelId` by the Super Admin, history "all" (New for open, Closed for closed). */
export function startAll(channelId = 'email', actorId = 'admin'): Command {
  const entryPoint =
    channelId === 'chat' || channelId === 'whatsapp-flow' ? 'chatflows-list' : 'inbox-settings';
  return {
    type: 'start-move',
    actorId,
    channelId,
    entryPoint,
    history: { kind: 'all', openStatus: 'New', closedStatus: 'Closed' },
  };
}

export function startNone(channelId = 'email'): Command {
  return { ...startAll(channelId), history: { kind: 'none' } } as Command;
}

/** Plays commands; fails the test at the first one not accepted. */
export function play(s: SyncMigrationSystem, ...commands: Command[]): void {
  for (const command of commands) {
    const result = s.execute(command);
    if (result.status !== 'accepted') {
      throw new Error(`${command.type} was ${result.status}: ${result.reason}`);
    }
  }
}

export function eventsOf<T extends EventType>(
  s: SyncMigrationSystem,
  type: T,
): Extract<SystemEvent, { type: T }>[] {
  return s.events().filter((event): event is Extract<SystemEvent, { type: T }> => event.type === type);
}

export function conversationIn(s: SyncMigrationSystem, id: string): Conversation {
  const found = s.world().conversations.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no conversation ${id}`);
  return found;
}

export function ticketsOf(s: SyncMigrationSystem, conversationId: string): Ticket[] {
  return s.world().tickets.filter((t) => t.conversationId === conversationId);
}
