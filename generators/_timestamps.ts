import { DAY, HOUR, MINUTE } from '../domain/index.ts';
import type { Prng } from './prng.ts';

/**
 * A start time on a business day (Mon–Fri mostly), between 08:00 and 18:00 UTC, within the first
 * `days` days after `start`. Weekend days are kept with a small chance: support never fully sleeps.
 */
export function businessHourTime(prng: Prng, start: number, days: number): number {
  for (let tries = 0; tries < 8; tries++) {
    const dayStart = start + prng.int(Math.max(1, days)) * DAY;
    const weekday = new Date(dayStart).getUTCDay();
    if ((weekday === 0 || weekday === 6) && !prng.chance(0.15)) continue;
    return dayStart + 8 * HOUR + prng.int(10 * HOUR);
  }
  return start + 8 * HOUR + prng.int(10 * HOUR);
}

/** A reply delay: mostly minutes, sometimes hours (at most 6 h, so a thread fits in two days). */
export function replyGap(prng: Prng): number {
  return prng.chance(0.7) ? MINUTE + prng.int(45 * MINUTE) : HOUR + prng.int(5 * HOUR);
}
