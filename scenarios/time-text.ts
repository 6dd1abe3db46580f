import type { SimTime } from '../domain/index.ts';

/** The scenario clock starts here unless a scenario says otherwise (a Monday, 09:00 UTC). */
export const DEFAULT_SCENARIO_START = '2024-04-15T09:00:00Z';

const UNIT_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d|w))+$/;
const DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Words for error messages: what a duration or a time may look like. */
export const DURATION_HELP = 'a duration such as 90s, 10m, 2h, 1d or 1h30m (or a number of milliseconds)';
export const TIME_HELP =
  'an ISO time such as 2024-04-15T09:00:00Z or an offset from the scenario start such as +2h or -3d';

/** `10m`, `1h30m`, `500ms` or a plain number of milliseconds; null when it is not a duration. */
export function parseDuration(value: string | number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.round(value) : null;
  const text = value.trim();
  if (!DURATION.test(text)) return null;
  let total = 0;
  for (const match of text.matchAll(DURATION_PART)) {
    total += Number(match[1]) * (UNIT_MS[match[2] ?? ''] ?? 0);
  }
  return Math.round(total);
}

/** An ISO time, or `+2h` / `-3d` / `0` relative to `start`; null when it is neither. */
export function parseTime(value: string | number, start: SimTime): SimTime | null {
  if (typeof value === 'number') return Number.isFinite(value) ? start + Math.round(value) : null;
  const text = value.trim();
  if (text === '0' || text === 'start') return start;
  const sign = text.startsWith('-') ? -1 : text.startsWith('+') ? 1 : 0;
  if (sign !== 0) {
    const ms = parseDuration(text.slice(1));
    return ms === null ? null : start + sign * ms;
  }
  return parseIsoTime(text);
}

/** Milliseconds since the epoch of an ISO date or time; null when it is not one. */
export function parseIsoTime(text: string): SimTime | null {
  if (!ISO_DATE.test(text)) return null;
  const ms = new Date(text).getTime();
  return Number.isNaN(ms) ? null : ms;
}
