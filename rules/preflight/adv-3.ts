import type { Advice } from '../../domain/index.ts';
import { MINUTE } from '../../domain/index.ts';
import { arrivalsPerMinute, estimateMoveMs, quietestHourUtc } from './estimate.ts';
import type { PlanFacts } from './plan-facts.ts';

/** The estimated duration of the planned move and the arrivals expected meanwhile (ADV-3, ADV-4). */
export function expectedArrivals(
  facts: PlanFacts,
  conversationsPerMinute?: number,
): {
  readonly rate: number;
  readonly durationMs: number;
  readonly arrivals: number;
} {
  const rate = conversationsPerMinute ?? arrivalsPerMinute(facts.channelConversations, facts.world.clock);
  const messages = facts.moving.reduce((sum, conv) => sum + conv.messages.length, 0);
  const durationMs = estimateMoveMs(facts.moving.length, messages);
  return { rate, durationMs, arrivals: Math.ceil(rate * (durationMs / MINUTE)) };
}

/**
 * ADV-3: conversations keep arriving while the move runs. Arrival rate from the channel's
 * conversations of the last 30 days (or `estimate.conversationsPerMinute`), times the estimated
 * duration (rules/preflight/estimate.ts). Nothing when no arrival is expected.
 */
export function adviseLowVolume(facts: PlanFacts, conversationsPerMinute?: number): Advice | undefined {
  const { rate, durationMs, arrivals } = expectedArrivals(facts, conversationsPerMinute);
  if (arrivals <= 0) return undefined;
  const quiet = quietestHourUtc(facts.channelConversations);
  const minutes = Math.ceil(durationMs / MINUTE);
  return {
    ruleId: 'ADV-3',
    message:
      `About ${arrivals} conversation(s) are expected to arrive during the move (${(rate * 60).toFixed(2)}/hour ` +
      `over an estimated ${minutes} minute(s)); they are moved too, but start in low-volume hours (quietest: ${quiet}:00 UTC).`,
    figures: {
      expectedArrivals: arrivals,
      arrivalsPerHour: rate * 60,
      estimatedMinutes: minutes,
      quietestHourUtc: quiet,
    },
    subjects: { channels: [facts.channel.id] },
  };
}
