import type { OperatingHours, SlaPolicy } from '../domain/index.ts';

type Day = readonly (readonly [number, number])[];

const h = (hour: number, minute = 0): number => hour * 60 + minute;
const CLOSED: Day = [];
const NINE_TO_FIVE: Day = [[h(9), h(17)]];
const WITH_LUNCH: Day = [
  [h(8, 30), h(12)],
  [h(13), h(17, 30)],
];
const EXTENDED: Day = [[h(7), h(20)]];
const SATURDAY_MORNING: Day = [[h(10), h(14)]];

const weekdays = (day: Day, saturday: Day = CLOSED, sunday: Day = CLOSED): Day[] => [
  day,
  day,
  day,
  day,
  day,
  saturday,
  sunday,
];

/**
 * Weekly operating hours as support teams set them: office hours, a lunch break, extended hours
 * with weekend cover, a short Friday; in different fixed offsets (UTC, Europe, US east, India, Japan).
 */
export const OPERATING_HOURS_EXAMPLES: readonly OperatingHours[] = [
  { utcOffsetMinutes: 0, week: weekdays(NINE_TO_FIVE) },
  { utcOffsetMinutes: 60, week: weekdays(WITH_LUNCH) },
  { utcOffsetMinutes: -300, week: weekdays(EXTENDED, SATURDAY_MORNING, SATURDAY_MORNING) },
  { utcOffsetMinutes: 330, week: [...weekdays(NINE_TO_FIVE).slice(0, 4), [[h(9), h(13)]], CLOSED, CLOSED] },
  { utcOffsetMinutes: 540, week: weekdays(WITH_LUNCH, SATURDAY_MORNING) },
];

/** SLA targets (first reply, next reply, close) in minutes, from tight to relaxed. */
export const SLA_TARGET_EXAMPLES: readonly (readonly [number, number, number])[] = [
  [60, 240, 2880],
  [30, 120, 1440],
  [240, 480, 7200],
];

/** An SLA policy from an example: 24/7 when `hours` is undefined. */
export function slaPolicyOf(
  [firstReplyMinutes, nextReplyMinutes, timeToCloseMinutes]: readonly [number, number, number],
  hours: OperatingHours | undefined,
): SlaPolicy {
  const targets = { firstReplyMinutes, nextReplyMinutes, timeToCloseMinutes };
  return hours === undefined
    ? { ...targets, schedule: '24/7' }
    : { ...targets, schedule: 'operating-hours', operatingHours: hours };
}
