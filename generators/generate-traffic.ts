import type { Channel, Command, Script, World } from '../domain/index.ts';
import { currentChannelId, HOUR } from '../domain/index.ts';
import { type TrafficContext, writeTrafficHours } from './_traffic-hours.ts';
import { buildContentPools } from './content-pools.ts';
import { Prng } from './prng.ts';
import { DEFAULT_TRAFFIC_KNOBS, type TrafficKnobs } from './traffic-knobs.ts';

/** Email, form and website chatflows: the kinds the seed profile can move (ELIG-4, ELIG-5). */
function isMovable(channel: Channel): boolean {
  if (channel.kind === 'chatflow')
    return channel.surface === 'website-live-chat' || channel.surface === 'website-bot';
  return channel.kind === 'email' || channel.kind === 'form';
}

/**
 * A command script over `world`: a Super Admin starts moving one channel from the right entry
 * point (ELIG-8), then arrivals and replies by hour of day (fewer at night) with `advance`
 * commands to each one's instant, then `run-until-idle`, then after-move traffic.
 * Deterministic in (`world`, `seed`, `knobs`). Traffic IDs start with `traffic-`.
 *
 * After `run-until-idle` the system's clock is somewhere up to `idleMaxMs` later; after-move traffic
 * is stamped from that bound on (advances between events are relative), so no message is ever
 * older than the clock it arrives at.
 */
export function generateTraffic(world: World, seed: number, knobs: Partial<TrafficKnobs> = {}): Script {
  const k: TrafficKnobs = { ...DEFAULT_TRAFFIC_KNOBS, ...knobs };
  const prng = new Prng(seed);
  const channels = world.channels;
  const movable = channels.filter(isMovable);
  const moved =
    channels.find((channel) => channel.id === k.channelId) ??
    (movable.length > 0 ? prng.pick(movable) : channels[0]);
  if (moved === undefined) return [{ type: 'run-until-idle', maxMs: k.idleMaxMs }];
  const actor =
    world.users.find((user) => user.id === k.actorId) ?? world.users.find((user) => user.superAdmin);
  const statuses = world.account.pipeline.statuses;
  const out: Command[] = [
    {
      type: 'start-move',
      actorId: actor?.id ?? world.users[0]?.id ?? 'nobody',
      channelId: moved.id,
      entryPoint: moved.kind === 'chatflow' ? 'chatflows-list' : 'inbox-settings',
      history:
        k.history === 'none'
          ? { kind: 'none' }
          : { kind: 'all', openStatus: statuses[0] ?? '', closedStatus: statuses[statuses.length - 1] ?? '' },
    },
  ];
  const byId = new Map(channels.map((channel) => [channel.id, channel]));
  const ctx: TrafficContext = {
    prng,
    knobs: k,
    pools: buildContentPools(seed, 200),
    moved,
    channels,
    ownerIds: world.users.map((user) => user.id),
    movedTargets: [],
    otherTargets: [],
    next: 0,
  };
  let latest = world.clock;
  for (const conversation of world.conversations) {
    const channel = byId.get(currentChannelId(conversation));
    if (channel !== undefined)
      (channel === moved ? ctx.movedTargets : ctx.otherTargets).push({ id: conversation.id, channel });
    const last = conversation.messages[conversation.messages.length - 1];
    if (last !== undefined && last.at > latest) latest = last.at;
  }
  // Replies must not predate a thread's last message (INV-2): begin at the latest known instant.
  if (latest > world.clock) out.push({ type: 'advance', ms: latest - world.clock });
  writeTrafficHours(ctx, out, latest, k.hours);
  out.push({ type: 'run-until-idle', maxMs: k.idleMaxMs });
  writeTrafficHours(ctx, out, latest + k.hours * HOUR + k.idleMaxMs, k.afterMoveHours);
  return out;
}
