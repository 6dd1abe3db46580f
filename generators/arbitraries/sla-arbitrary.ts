import fc from 'fast-check';
import type { OperatingHours, SlaPolicy } from '../../domain/index.ts';
import { OPERATING_HOURS_EXAMPLES } from '../_sla-schedules.ts';

/** One day's open intervals: up to three, on half hours, from sorted distinct cut points. */
const dayArbitrary: fc.Arbitrary<(readonly [number, number])[]> = fc
  .uniqueArray(fc.integer({ min: 0, max: 48 }), { maxLength: 6 })
  .map((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const day: (readonly [number, number])[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      day.push([(sorted[i] ?? 0) * 30, (sorted[i + 1] ?? 0) * 30]);
    }
    return day;
  });

/**
 * Operating hours: mostly the realistic examples (office hours, lunch breaks, weekend cover, several
 * offsets), sometimes an arbitrary week and offset (at least one open interval: a clock that never
 * runs has no due time).
 */
export function operatingHoursArbitrary(): fc.Arbitrary<OperatingHours> {
  const arbitraryWeek = fc
    .record({
      utcOffsetMinutes: fc.integer({ min: -48, max: 56 }).map((quarters) => quarters * 15),
      week: fc.array(dayArbitrary, { minLength: 7, maxLength: 7 }),
    })
    .filter((hours) => hours.week.some((day) => day.length > 0));
  return fc.oneof(
    { arbitrary: fc.constantFrom(...OPERATING_HOURS_EXAMPLES), weight: 3 },
    { arbitrary: arbitraryWeek, weight: 1 },
  );
}

/**
 * Every `every`-th target rounded to a whole number of `unit` minutes (hours; 8-hour office days):
 * the targets real accounts set, whose due times fall exactly on an opening or closing time, where
 * an off-by-one in a business-hours clock shows. A map of the value drawn: the random stream stays.
 */
function roundedEvery(every: number, unit: number): (minutes: number) => number {
  return (minutes) => (minutes % every === 0 ? Math.max(unit, Math.round(minutes / unit) * unit) : minutes);
}

/** An SLA policy: targets in minutes, counted 24/7 or in operating hours (about half each). */
export function slaPolicyArbitrary(): fc.Arbitrary<SlaPolicy> {
  const targets = {
    firstReplyMinutes: fc.integer({ min: 1, max: 600 }).map(roundedEvery(4, 60)),
    nextReplyMinutes: fc.integer({ min: 1, max: 600 }).map(roundedEvery(4, 60)),
    timeToCloseMinutes: fc.integer({ min: 1, max: 10_000 }).map(roundedEvery(4, 480)),
  };
  return fc.oneof(
    fc.record({ ...targets, schedule: fc.constant('24/7' as const) }),
    fc.record({
      ...targets,
      schedule: fc.constant('operating-hours' as const),
      operatingHours: operatingHoursArbitrary(),
    }),
  );
}
