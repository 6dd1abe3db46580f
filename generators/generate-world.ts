import type { Account, SlaPolicy, World } from '../domain/index.ts';
import { build, DAY } from '../domain/index.ts';
import { buildChannels } from './generate-channels.ts';
import { OPERATING_HOURS_EXAMPLES, SLA_TARGET_EXAMPLES, slaPolicyOf } from './_sla-schedules.ts';
import { buildConversations } from './generate-conversations.ts';
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
  const account: Account = build.account({
    id: `account-${seed}`,
    name: pools.companyName,
    tier: k.tier,
    helpDeskBeta: k.helpDeskBeta,
    notificationsOn: k.notificationsOn,
    sla: k.slas ? slaOf(k.slaSchedule, seed) : null,
    pipeline: { id: 'help-desk', statuses: k.pipelineStatuses },
  });
  const clock = k.start + k.spanDays * DAY;
  return build.world({ clock, account, users, channels, conversations, tickets });
}

/** The account's SLA policy; a separate stream, so drawing it reshuffles nothing else. */
function slaOf(schedule: WorldKnobs['slaSchedule'], seed: number): SlaPolicy {
  if (schedule === 'operating-hours') return DEFAULT_SLA;
  if (schedule === '24/7') return { ...DEFAULT_SLA_TARGETS, schedule: '24/7' };
  const prng = new Prng(seed ^ 0x51a0c10c);
  const targets = prng.pick(SLA_TARGET_EXAMPLES);
  return slaPolicyOf(targets, prng.chance(0.3) ? undefined : prng.pick(OPERATING_HOURS_EXAMPLES));
}

const DEFAULT_SLA_TARGETS = {
  firstReplyMinutes: DEFAULT_SLA.firstReplyMinutes,
  nextReplyMinutes: DEFAULT_SLA.nextReplyMinutes,
  timeToCloseMinutes: DEFAULT_SLA.timeToCloseMinutes,
};
