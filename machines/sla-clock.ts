import { DAY, MINUTE } from '../domain/index.ts';
import type { OperatingHours, SimTime, SlaPolicy, TicketSla } from '../domain/index.ts';

const WEEK = 7 * DAY;

/** 1 January 1970 (local day 0) was a Thursday: index 3 in a Monday-first week. */
const EPOCH_WEEKDAY = 3;

/** Open milliseconds in one week of the schedule. */
function weeklyOpenMs(hours: OperatingHours): number {
  let total = 0;
  for (const day of hours.week) for (const [from, to] of day) total += (to - from) * MINUTE;
  return total;
}

/**
 * The instant `ms` open milliseconds after `start` under operating hours: walks the intervals
 * forward from `start`, day by day, and returns the earliest instant the clock has run that long
 * (the end of an interval, not the next opening, when it lands exactly there).
 */
export function addOpenTime(hours: OperatingHours, start: SimTime, ms: number): SimTime {
  const offset = hours.utcOffsetMinutes * MINUTE;
  let cursor = start + offset;
  let remaining = ms;
  if (remaining <= 0) return start;
  // Without daylight saving every week holds the same open time, so whole weeks are skipped;
  // the walk below then covers at most eight days.
  const weekly = weeklyOpenMs(hours);
  if (weekly <= 0) throw new Error('operating hours with no open time: the SLA clock never runs');
  if (remaining > weekly) {
    const weeks = Math.ceil(remaining / weekly) - 1;
    cursor += weeks * WEEK;
    remaining -= weeks * weekly;
  }
  for (let dayIndex = Math.floor(cursor / DAY); ; dayIndex += 1) {
    const dayStart = dayIndex * DAY;
    const weekday = (((dayIndex + EPOCH_WEEKDAY) % 7) + 7) % 7;
    for (const [from, to] of hours.week[weekday] ?? []) {
      const opens = Math.max(dayStart + from * MINUTE, cursor);
      const closes = dayStart + to * MINUTE;
      if (closes <= opens) continue;
      if (remaining <= closes - opens) return opens + remaining - offset;
      remaining -= closes - opens;
    }
  }
}

/** `minutes` of the account's SLA clock after `start`: 24/7, or counted in operating hours only. */
export function addSlaMinutes(sla: SlaPolicy, start: SimTime, minutes: number): SimTime {
  const hours = sla.operatingHours;
  if (sla.schedule === '24/7' || hours === undefined) return start + minutes * MINUTE;
  return addOpenTime(hours, start, minutes * MINUTE);
}

/** A ticket's SLA due times when its clocks start at `start` (HIST-4, NEW-2, OPEN-8). */
export function slaDueTimes(sla: SlaPolicy, start: SimTime): TicketSla {
  return {
    firstReplyDueAt: addSlaMinutes(sla, start, sla.firstReplyMinutes),
    nextReplyDueAt: addSlaMinutes(sla, start, sla.nextReplyMinutes),
    closeDueAt: addSlaMinutes(sla, start, sla.timeToCloseMinutes),
  };
}
