/**
 * Operating hours of a help desk SLA schedule, as plain data: a fixed UTC offset (no IANA zone, no
 * daylight saving, so SLA due times stay deterministic) and, per weekday, the [start, end) intervals
 * of the local day, in minutes since local midnight.
 */
export interface OperatingHours {
  /** Local time = UTC + this many minutes (e.g. 120 for UTC+2, -300 for UTC-5). */
  readonly utcOffsetMinutes: number;
  /** Seven days, Monday first (ISO): each a sorted list of disjoint [start, end) minute intervals. */
  readonly week: readonly (readonly (readonly [number, number])[])[];
}

export const MINUTES_PER_DAY = 1440;

/** Weekday names in `week` order (Monday first), for messages and the scenario format. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const NINE_TO_FIVE: readonly (readonly [number, number])[] = [[9 * 60, 17 * 60]];

/** Monday to Friday, 9:00 to 17:00 UTC: what `operating-hours` means when a schedule gives no hours. */
export const DEFAULT_OPERATING_HOURS: OperatingHours = {
  utcOffsetMinutes: 0,
  week: [NINE_TO_FIVE, NINE_TO_FIVE, NINE_TO_FIVE, NINE_TO_FIVE, NINE_TO_FIVE, [], []],
};

/**
 * What is wrong with operating hours (empty when valid), as [path, expected, found] under `path`.
 * A week with no open minute at all is refused: an SLA clock that never runs has no due time.
 */
export function operatingHoursProblems(
  hours: OperatingHours,
  path: string,
): (readonly [string, string, unknown])[] {
  const problems: (readonly [string, string, unknown])[] = [];
  const offset = hours.utcOffsetMinutes;
  if (!Number.isInteger(offset) || offset < -720 || offset > 840) {
    problems.push([`${path}.utcOffsetMinutes`, 'whole minutes in [-720, 840]', offset]);
  }
  if (hours.week.length !== 7) {
    problems.push([`${path}.week`, 'seven days, Monday first', `${hours.week.length} days`]);
  }
  let open = 0;
  hours.week.forEach((day, d) => {
    let end = 0;
    day.forEach(([from, to], i) => {
      const valid = Number.isInteger(from) && Number.isInteger(to) && from >= end && from < to;
      if (!valid || to > MINUTES_PER_DAY) {
        const expected = `whole minutes, start < end <= ${MINUTES_PER_DAY}, after the previous interval`;
        problems.push([`${path}.week[${d}][${i}]`, expected, `[${from}, ${to}]`]);
        return;
      }
      open += to - from;
      end = to;
    });
  });
  if (hours.week.length === 7 && open === 0) {
    problems.push([`${path}.week`, 'at least one open minute in the week', 'none']);
  }
  return problems;
}

/** What is wrong with an account's SLA policy: positive targets, hours exactly with `operating-hours`. */
export function slaPolicyProblems(
  sla: {
    readonly firstReplyMinutes: number;
    readonly nextReplyMinutes: number;
    readonly timeToCloseMinutes: number;
    readonly schedule: string;
    readonly operatingHours?: OperatingHours;
  },
  path: string,
): (readonly [string, string, unknown])[] {
  const problems: (readonly [string, string, unknown])[] = [];
  for (const key of ['firstReplyMinutes', 'nextReplyMinutes', 'timeToCloseMinutes'] as const) {
    const value = sla[key];
    if (!Number.isFinite(value) || value <= 0) problems.push([`${path}.${key}`, 'a positive number', value]);
  }
  if (sla.schedule === 'operating-hours' && sla.operatingHours === undefined) {
    problems.push([`${path}.operatingHours`, 'operating hours for schedule operating-hours', 'none']);
  }
  if (sla.schedule !== 'operating-hours' && sla.operatingHours !== undefined) {
    problems.push([`${path}.operatingHours`, 'no operating hours on a 24/7 schedule', 'operating hours']);
  }
  if (sla.operatingHours !== undefined) {
    problems.push(...operatingHoursProblems(sla.operatingHours, `${path}.operatingHours`));
  }
  return problems;
}
