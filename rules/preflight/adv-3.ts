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
  // The expected count, rounded to the nearest whole conversation: rounding up would promise one
  // arrival (and one notification) for any rate above zero, however small.
  return { rate, durationMs, arrivals: Math.round(rate * (durationMs / MINUTE)) };
}

/**
 * A rate per hour for people: a few significant digits, per day when below one an hour, so a
 * rate that produced an expected arrival never reads as "0.00".
 */
export function formatRate(perMinute: number): string {
  const perHour = perMinute * 60;
  if (perHour >= 10) return `${Math.round(perHour)}/hour`;
  if (perHour >= 1) return `${perHour.toFixed(1)}/hour`;
  const perDay = perHour * 24;
  return `${perDay >= 10 ? Math.round(perDay) : Number(perDay.toPrecision(2))}/day`;
}

/**
 * ADV-3: conversations keep arriving while the move runs. Arrival rate from the channel's
 * conversations of the last 30 days (or `estimate.conversationsPerMinute`), times the estimated
 * duration (rules/preflight/estimate.ts). Nothing when less than one arrival is expected.
 */
export function adviseLowVolume(facts: PlanFacts, conversationsPerMinute?: number): Advice | undefined {
  const { rate, durationMs, arrivals } = expectedArrivals(facts, conversationsPerMinute);
  if (arrivals <= 0) return undefined;
  const quiet = quietestHourUtc(facts.channelConversations);
  const minutes = Math.max(1, Math.round(durationMs / MINUTE));
  return {
    ruleId: 'ADV-3',
    message:
      `About ${arrivals} conversation(s) are expected to arrive during the move (${formatRate(rate)} ` +
      `over an estimated ${minutes} minute(s)); they are moved too, but start in low-volume hours (quietest: ${quiet}:00 UTC).`,
    figures: {
      expectedArrivals: arrivals,
      // Two significant digits: enough to read, and never rounded to zero.
      arrivalsPerHour: Number((rate * 60).toPrecision(2)),
      estimatedMinutes: minutes,
      quietestHourUtc: quiet,
    },
    subjects: { channels: [facts.channel.id] },
  };
}
