import type { Conversation, SimTime } from '../../domain/index.ts';
import { DAY, HOUR, MINUTE } from '../../domain/index.ts';

/**
 * Estimated duration of a move, in ms. The article only says the time depends on the amount of
 * data; we assume a fixed start-up minute plus 100 ms per conversation and 10 ms per message — a
 * planning figure for the advice, not a claim about the product (the user can override the rate).
 */
export function estimateMoveMs(conversations: number, messages: number): number {
  return MINUTE + 100 * conversations + 10 * messages;
}

/** How far back arrivals are counted to estimate the channel's current rate. */
export const RATE_WINDOW_MS = 30 * DAY;

/**
 * Arrival rate of a channel (conversations per minute): conversations started in the 30 days
 * before `now`; when none did, over the whole span of its history. Zero with no history.
 */
export function arrivalsPerMinute(conversations: readonly Conversation[], now: SimTime): number {
  const recent = conversations.filter((c) => c.startedAt <= now && c.startedAt > now - RATE_WINDOW_MS).length;
  if (recent > 0) return recent / (RATE_WINDOW_MS / MINUTE);
  if (conversations.length === 0) return 0;
  let first = now;
  for (const c of conversations) first = Math.min(first, c.startedAt);
  const span = Math.max(now - first, HOUR);
  return conversations.length / (span / MINUTE);
}

/** The UTC hour of the day in which the fewest of these conversations started (0-23). */
export function quietestHourUtc(conversations: readonly Conversation[]): number {
  const perHour = new Array<number>(24).fill(0);
  for (const c of conversations) {
    const hour = Math.floor((((c.startedAt % DAY) + DAY) % DAY) / HOUR);
    perHour[hour] = (perHour[hour] ?? 0) + 1;
  }
  let best = 0;
  for (let hour = 1; hour < 24; hour += 1) if ((perHour[hour] ?? 0) < (perHour[best] ?? 0)) best = hour;
  return best;
}
