/**
 * Simulated time: milliseconds since the Unix epoch, on the simulated clock.
 * Nothing in the model reads the real clock; the same inputs give the same trace.
 */
export type SimTime = number;

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The largest instant a Date can hold (±8.64e15 ms, ECMA-262 21.4.1.1). */
const MAX_DATE_MS = 8.64e15;

/**
 * ISO-8601 text for a simulated instant (reports and messages use it). A system under test may
 * report any number as a time: one no Date can hold is shown as the number itself, never thrown
 * on (a checker's finding about a wrong time must not crash the harness).
 */
export function formatSimTime(at: SimTime): string {
  if (!Number.isFinite(at) || Math.abs(at) > MAX_DATE_MS) return `${at} ms (no calendar date)`;
  return new Date(at).toISOString();
}
