import { build, HOUR, type World } from '../domain/index.ts';
import { ARBITRARY_EPOCH } from '../generators/index.ts';

// The world the machines' test-model paths (machine-test-models.ts) are played on, for the state and
// transition coverage of machine-coverage.ts; kept apart from explore's generated worlds.

/** The channel the paths move. */
export const PATH_CHANNEL = 'e1';

/**
 * The small world the paths are played on: an eligible account, a Super Admin and an agent, one
 * email channel with an open conversation without a ticket and a closed one with a ticket.
 */
export const PATH_WORLD: World = build.world({
  clock: ARBITRARY_EPOCH,
  account: build.account({ id: 'acc', name: 'Model account', tier: 'enterprise' }),
  users: [build.user('admin', { superAdmin: true }), build.user('agent')],
  channels: [
    build.channel(PATH_CHANNEL, 'email', {
      name: 'Support',
      address: 'help@example.com',
      settings: { signature: '' },
    }),
  ],
  conversations: ['c1', 'c2'].map((id, i) => {
    const startedAt = ARBITRARY_EPOCH - (i + 1) * HOUR;
    return build.conversation(id, [PATH_CHANNEL], startedAt, {
      contactName: 'Contact',
      contactEmail: `${id}@example.org`,
      status: i === 0 ? 'open' : 'closed',
      messages: [build.message(`${id}-m0`, PATH_CHANNEL, startedAt, { body: 'Hello' })],
    });
  }),
  tickets: [
    build.ticket('T-1', 'c2', ARBITRARY_EPOCH - 2 * HOUR, { subject: 'Conversation c2', status: 'Closed' }),
  ],
});
