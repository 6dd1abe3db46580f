// A small inbox for the fault and permission properties, and ways to compare two outcomes.
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { DEFAULT_PIPELINE, DEFAULT_POLICIES, DEFAULT_PROFILE } from '../../domain/index.ts';
import type {
  Channel,
  Conversation,
  SystemEvent,
  SystemOptions,
  Ticket,
  User,
  World,
} from '../../domain/index.ts';

export const T0 = Date.UTC(2024, 5, 1, 9);
export const OPTIONS: SystemOptions = { policies: DEFAULT_POLICIES, profile: DEFAULT_PROFILE };

const user = (id: string, superAdmin: boolean, helpDeskAccess: boolean): User => ({
  id,
  name: id,
  email: `${id}@acme.test`,
  superAdmin,
  helpDeskAccess,
});

const channel = (id: string): Channel => ({
  id,
  name: id,
  kind: 'email',
  emailAddressKind: 'team',
  address: `${id}@acme.test`,
  settings: {
    signature: '--',
    routing: { mode: 'none', userIds: [] },
    automation: { autoReply: false, rules: [] },
    ticketCreation: { autoCreate: false, defaultStatus: null },
  },
  location: 'inbox',
});

export const OWNERS = ['agent', 'outsider', null] as const;

/** One conversation of the moving channel (or of `bystander`), with its messages. */
export function conversation(
  id: string,
  spec: Partial<Conversation> & { count?: number } = {},
): Conversation {
  const startedAt = spec.startedAt ?? T0 - 86_400_000;
  const channelId = spec.channelHistory?.at(-1) ?? 'email';
  return {
    id,
    subject: `subject of ${id}`,
    contactName: 'Contact',
    contactEmail: 'contact@example.test',
    channelHistory: [channelId],
    startedAt,
    status: 'open',
    ownerId: null,
    location: 'inbox',
    messages: Array.from({ length: spec.count ?? 2 }, (_, i) => ({
      id: `${id}-m${i}`,
      at: startedAt + i * 1000,
      channelId,
      kind: 'email' as const,
      author: 'contact' as const,
      body: `body ${i} of ${id}`,
    })),
    ...spec,
  };
}

/** An inbox of `email` (to be moved) and `bystander`, some conversations with a ticket already. */
export const inboxArbitrary: Arbitrary<World> = fc
  .array(
    fc.record({
      messages: fc.integer({ min: 0, max: 4 }),
      closed: fc.boolean(),
      owner: fc.constantFrom(...OWNERS),
      ticket: fc.boolean(),
      bystander: fc.boolean(),
    }),
    { minLength: 0, maxLength: 40 },
  )
  .map((specs) => {
    const conversations = specs.map((spec, i) =>
      conversation(`c${i}`, {
        count: spec.messages,
        status: spec.closed ? 'closed' : 'open',
        ownerId: spec.owner,
        channelHistory: [spec.bystander && i % 3 === 0 ? 'bystander' : 'email'],
      }),
    );
    const tickets: Ticket[] = specs.flatMap((spec, i) =>
      spec.ticket
        ? [
            {
              id: `T-${i}`,
              conversationId: `c${i}`,
              subject: `ticket ${i}`,
              createdAt: T0 - 3_600_000,
              status: 'Waiting on us',
              ownerId: spec.owner,
              location: 'inbox' as const,
              sla: null,
            },
          ]
        : [],
    );
    return {
      clock: T0,
      account: {
        id: 'acct',
        name: 'Acme',
        tier: 'pro' as const,
        helpDeskBeta: true,
        notificationsOn: true,
        sla: {
          firstReplyMinutes: 60,
          nextReplyMinutes: 120,
          timeToCloseMinutes: 1440,
          schedule: '24/7' as const,
        },
        pipeline: DEFAULT_PIPELINE,
      },
      users: [user('admin', true, true), user('agent', false, true), user('outsider', false, false)],
      channels: [channel('email'), channel('bystander')],
      conversations,
      tickets,
    };
  });

/**
 * A world with ticket IDs replaced by their conversation and the clock left out: what must be
 * the same with and without faults ("modulo ticket IDs and timing").
 */
export function outcome(world: World): unknown {
  return {
    conversations: [...world.conversations]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(({ id, location, channelHistory, status, ownerId, messages }) => ({
        id,
        location,
        channelHistory,
        status,
        ownerId,
        messages: messages.map((m) => `${m.id}:${m.body}`),
      })),
    tickets: [...world.tickets]
      // SLA due times count from when the move processed the ticket: timing, like the clock.
      .map(({ id: _id, sla, ...rest }) => ({ ...rest, sla: sla !== null }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    channels: world.channels.map((c) => `${c.id}:${c.location}`),
  };
}

/** Notifications as (reason, recipient, conversation) — ticket IDs may differ between runs. */
export function notifications(events: readonly SystemEvent[], world: World): string[] {
  const conversationOf = new Map(world.tickets.map((t) => [t.id, t.conversationId]));
  return events
    .flatMap((e) =>
      e.type === 'notification-sent'
        ? [`${e.reason}:${e.recipientId ?? '-'}:${conversationOf.get(e.ticketId) ?? e.ticketId}`]
        : [],
    )
    .sort();
}
