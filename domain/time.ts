/**
 * Simulated time: milliseconds since the Unix epoch, on the simulated clock.
 * Nothing in the model reads the real clock; the same inputs give the same trace.
 */
export type SimTime = number;

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** ISO-8601 text for a simulated instant (reports and messages use it). */
export function formatSimTime(at: SimTime): string {
  return new Date(at).toISOString();
}
