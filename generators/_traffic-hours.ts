import type { Channel, Command, Conversation, Message } from '../domain/index.ts';
import { build, channelMessageKind, HOUR } from '../domain/index.ts';
import { messageKindOf } from './generate-conversations.ts';
import { HOSTILE_STRINGS } from './hostile-strings.ts';
import { type ContentPools, pickText } from './content-pools.ts';
import type { Prng } from './prng.ts';
import type { TrafficKnobs } from './traffic-knobs.ts';

/** What the hour-by-hour traffic writer needs; `targets` grows as conversations arrive. */
export interface TrafficContext {
  readonly prng: Prng;
  readonly knobs: TrafficKnobs;
  readonly pools: ContentPools;
  readonly moved: Channel;
  readonly channels: readonly Channel[];
  readonly ownerIds: readonly string[];
  /** Conversations that can be replied to: ID and current channel. */
  readonly movedTargets: { id: string; channel: Channel }[];
  readonly otherTargets: { id: string; channel: Channel }[];
  next: number;
}

/** Day rate 1 from 08:00 to 18:00 UTC, half in the shoulders, `nightFactor` from 22:00 to 07:00. */
function hourFactor(at: number, nightFactor: number): number {
  const hour = new Date(at).getUTCHours();
  if (hour >= 8 && hour < 18) return 1;
  if (hour >= 22 || hour < 7) return nightFactor;
  return 0.5;
}

/** A Poisson-free count with the right mean: the integer part, plus one with the fraction's chance. */
function countFor(prng: Prng, mean: number): number {
  const whole = Math.floor(mean);
  return whole + (prng.chance(mean - whole) ? 1 : 0);
}

/**
 * Appends `hours` hours of traffic from `from` to `out`: arrivals and replies in time order, each
 * preceded by an `advance` to its instant, and a final advance to the end of the last hour.
 */
export function writeTrafficHours(ctx: TrafficContext, out: Command[], from: number, hours: number): void {
  const { prng, knobs } = ctx;
  let clock = from;
  for (let h = 0; h < hours; h++) {
    const hourStart = from + h * HOUR;
    const factor = hourFactor(hourStart, knobs.nightFactor);
    const events: { at: number; arrival: boolean }[] = [];
    for (let i = countFor(prng, knobs.arrivalsPerHour * factor); i > 0; i--) {
      events.push({ at: hourStart + prng.int(HOUR), arrival: true });
    }
    for (let i = countFor(prng, knobs.repliesPerHour * factor); i > 0; i--) {
      events.push({ at: hourStart + prng.int(HOUR), arrival: false });
    }
    events.sort((a, b) => a.at - b.at);
    for (const event of events) {
      if (event.at > clock) out.push({ type: 'advance', ms: event.at - clock });
      clock = Math.max(clock, event.at);
      out.push(event.arrival ? arrival(ctx, event.at) : reply(ctx, event.at));
    }
  }
  const end = from + hours * HOUR;
  if (end > clock) out.push({ type: 'advance', ms: end - clock });
}

function arrival(ctx: TrafficContext, at: number): Command {
  const { prng, pools, knobs } = ctx;
  const channel = prng.chance(knobs.movedChannelShare) ? ctx.moved : prng.pick(ctx.channels);
  const n = ctx.next++;
  const id = `traffic-conv-${n}`;
  const contact = prng.int(pools.contactNames.length);
  const message: Message = build.message(`traffic-msg-${n}`, channel.id, at, {
    kind: channelMessageKind(channel.kind),
    body: pickText(prng, pools.contactBodies, knobs.hostileShare),
  });
  const conversation: Conversation = build.conversation(id, [channel.id], at, {
    subject: pickText(prng, pools.subjects, knobs.hostileShare),
    contactName: prng.chance(knobs.hostileShare) ? prng.pick(HOSTILE_STRINGS) : pools.contactNames[contact],
    contactEmail: pools.contactEmails[contact] as string,
    ownerId: ctx.ownerIds.length > 0 && prng.chance(0.5) ? prng.pick(ctx.ownerIds) : null,
    messages: [message],
  });
  (channel === ctx.moved ? ctx.movedTargets : ctx.otherTargets).push({ id, channel });
  return { type: 'conversation-arrives', conversation };
}

function reply(ctx: TrafficContext, at: number): Command {
  const { prng, pools, knobs } = ctx;
  const preferMoved = ctx.movedTargets.length > 0 && prng.chance(knobs.movedChannelShare);
  const targets = preferMoved || ctx.otherTargets.length === 0 ? ctx.movedTargets : ctx.otherTargets;
  const n = ctx.next++;
  if (targets.length === 0) return arrival(ctx, at);
  const target = prng.pick(targets);
  const author = prng.chance(0.6) ? 'contact' : 'agent';
  const message: Message = build.message(`traffic-msg-${n}`, target.channel.id, at, {
    kind: messageKindOf(target.channel),
    author,
    body: pickText(prng, author === 'contact' ? pools.contactBodies : pools.agentBodies, knobs.hostileShare),
  });
  return { type: 'reply-arrives', conversationId: target.id, message };
}
