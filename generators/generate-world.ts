import type { Account, World } from '../domain/index.ts';
import { DAY } from '../domain/index.ts';
import { buildChannels } from './_channels.ts';
import { buildConversations } from './_conversations.ts';
import { buildUsers } from './_users.ts';
import { buildContentPools } from './content-pools.ts';
import { Prng } from './prng.ts';
import { DEFAULT_KNOBS, DEFAULT_SLA, type WorldKnobs } from './world-knobs.ts';

/**
 * A synthetic inbox, fully determined by `seed` and `knobs`: the same arguments give a deep-equal
 * world (and byte-identical JSON). Text comes from faker pools built once; every other choice
 * from a seeded `Prng`, so a 1,000,000-conversation inbox takes seconds, not minutes.
 * Every generated world passes `validateWorld`.
 *
 * @example
 * const world = generateWorld(42, { conversations: 10_000, closedShare: 0.5 });
 */
export function generateWorld(seed: number, knobs: Partial<WorldKnobs> = {}): World {
  const k: WorldKnobs = { ...DEFAULT_KNOBS, ...knobs };
  const pools = buildContentPools(seed, Math.max(1, k.poolSize));
  // Separate streams for structure and for conversations: changing the user count does not
  // reshuffle every conversation, which keeps diffs between two knob settings readable.
  const structure = new Prng(seed);
  const traffic = new Prng(seed ^ 0x5bd1e995);
  const users = buildUsers(k, pools);
  const channels = buildChannels(k, users, structure);
  const { conversations, tickets } = buildConversations(k, channels, users, pools, traffic);
  const account: Account = {
    id: `account-${seed}`,
    name: pools.companyName,
    tier: k.tier,
    helpDeskBeta: k.helpDeskBeta,
    notificationsOn: k.notificationsOn,
    sla: k.slas ? DEFAULT_SLA : null,
    pipeline: { id: 'help-desk', statuses: k.pipelineStatuses },
  };
  return { clock: k.start + k.spanDays * DAY, account, users, channels, conversations, tickets };
}
