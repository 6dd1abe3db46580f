import { DEFAULT_PIPELINE, HOUR, type World } from '../domain/index.ts';
import { ARBITRARY_EPOCH } from '../generators/index.ts';

// The world the machines' test-model paths (machine-test-models.ts) are played on, for the state and
// transition coverage of machine-coverage.ts; kept apart from explore's generated worlds.

/** The channel the paths move. */
export const PATH_CHANNEL = 'e1';

const settings = {
  signature: '',
  routing: { mode: 'none' as const, userIds: [] },
  automation: { autoReply: false, rules: [] },
  ticketCreation: { autoCreate: true, defaultStatus: null },
};

const message = (id: string, at: number) => ({
  id,
  at,
  channelId: PATH_CHANNEL,
  kind: 'email' as const,
  author: 'contact' as const,
  body: 'Hello',
});

/**
 * The small world the paths are played on: an eligible account, a Super Admin and an agent, one
 * email channel with an open conversation without a ticket and a closed one with a ticket.
 */
export const PATH_WORLD: World = {
  clock: ARBITRARY_EPOCH,
  account: {
    id: 'acc',
    name: 'Model account',
    tier: 'enterprise',
    helpDeskBeta: true,
    notificationsOn: true,
    sla: null,
    pipeline: DEFAULT_PIPELINE,
  },
  users: [
    { id: 'admin', name: 'Admin', email: 'admin@example.com', superAdmin: true, helpDeskAccess: true },
    { id: 'agent', name: 'Agent', email: 'agent@example.com', superAdmin: false, helpDeskAccess: true },
  ],
  channels: [
    {
      id: PATH_CHANNEL,
      name: 'Support',
      kind: 'email',
      emailAddressKind: 'team',
      address: 'help@example.com',
      settings,
      location: 'inbox',
    },
  ],
  conversations: ['c1', 'c2'].map((id, i) => ({
    id,
    subject: `Conversation ${id}`,
    contactName: 'Contact',
    contactEmail: `${id}@example.org`,
    channelHistory: [PATH_CHANNEL],
    startedAt: ARBITRARY_EPOCH - (i + 1) * HOUR,
    status: i === 0 ? ('open' as const) : ('closed' as const),
    ownerId: null,
    messages: [message(`${id}-m0`, ARBITRARY_EPOCH - (i + 1) * HOUR)],
    location: 'inbox' as const,
  })),
  tickets: [
    {
      id: 'T-1',
      conversationId: 'c2',
      subject: 'Conversation c2',
      createdAt: ARBITRARY_EPOCH - 2 * HOUR,
      status: 'Closed',
      ownerId: null,
      location: 'inbox',
      sla: null,
    },
  ],
};
