import { DAY, formatSimTime, MINUTE } from '../domain/index.ts';
import type { OperatingHours, SimTime, SlaPolicy, Ticket, TicketSla, Trace } from '../domain/index.ts';

/*
 * The checkers' own SLA clock. It is written apart from the reference's (machines/ walks forward
 * from the start, interval by interval): here open time is counted from a fixed origin, and a due
 * time is found by inverting that count, so a bug in one computation shows as a disagreement.
 */

const WEEK_DAYS = 7;

/** The Monday that starts the week of local day 0 (1 Jan 1970, a Thursday) is local day -3. */
const FIRST_MONDAY = -3;

interface WeekTable {
  readonly hours: OperatingHours;
  /** Open ms before each day of the week (index 7 = the whole week). */
  readonly before: readonly number[];
}

const TABLES = new WeakMap<OperatingHours, WeekTable>();

function table(hours: OperatingHours): WeekTable {
  const cached = TABLES.get(hours);
  if (cached !== undefined) return cached;
  const before = [0];
  for (let d = 0; d < WEEK_DAYS; d += 1) {
    const open = (hours.week[d] ?? []).reduce((sum, [from, to]) => sum + (to - from) * MINUTE, 0);
    before.push((before[d] ?? 0) + open);
  }
  const built = { hours, before };
  TABLES.set(hours, built);
  return built;
}

/** Open ms of the schedule from the origin (local Monday of week 0) up to the instant `at`. */
export function openTimeUntil(hours: OperatingHours, at: SimTime): number {
  const t = table(hours);
  const weekly = t.before[WEEK_DAYS] ?? 0;
  const sinceMonday = at + hours.utcOffsetMinutes * MINUTE - FIRST_MONDAY * DAY;
  const week = Math.floor(sinceMonday / (WEEK_DAYS * DAY));
  const inWeek = sinceMonday - week * WEEK_DAYS * DAY;
  const day = Math.floor(inWeek / DAY);
  const inDay = inWeek - day * DAY;
  let open = week * weekly + (t.before[day] ?? 0);
  for (const [from, to] of hours.week[day] ?? []) {
    open += Math.min(Math.max(inDay - from * MINUTE, 0), (to - from) * MINUTE);
  }
  return open;
}

/** The earliest instant at which `openTimeUntil` reaches `target` (an interval's end when exactly there). */
function instantOfOpenTime(hours: OperatingHours, target: number): SimTime {
  const t = table(hours);
  const weekly = t.before[WEEK_DAYS] ?? 0;
  if (weekly <= 0) throw new Error('operating hours with no open time');
  // The week in which the count reaches the target: the rest lies in (0, weekly].
  const week = Math.ceil(target / weekly) - 1;
  let rest = target - week * weekly;
  let day = 0;
  while (day < WEEK_DAYS - 1 && (t.before[day + 1] ?? 0) < rest) day += 1;
  rest -= t.before[day] ?? 0;
  for (const [from, to] of hours.week[day] ?? []) {
    const length = (to - from) * MINUTE;
    if (rest <= length) {
      const local = (week * WEEK_DAYS + FIRST_MONDAY + day) * DAY + from * MINUTE + rest;
      return local - hours.utcOffsetMinutes * MINUTE;
    }
    rest -= length;
  }
  throw new Error('unreachable: the day holds the rest of the open time');
}

/**
 * `minutes` on the account's SLA clock after `start` (24/7, or open time in operating hours).
 * `openAtStart` is `openTimeUntil(hours, start)` when the caller already has it.
 */
export function slaClockAdd(sla: SlaPolicy, start: SimTime, minutes: number, openAtStart?: number): SimTime {
  const hours = sla.operatingHours;
  if (sla.schedule !== 'operating-hours' || hours === undefined) return start + minutes * MINUTE;
  if (minutes <= 0) return start;
  return instantOfOpenTime(hours, (openAtStart ?? openTimeUntil(hours, start)) + minutes * MINUTE);
}

interface SlaAnswer {
  readonly sla: SlaPolicy;
  readonly start: SimTime;
  readonly due: TicketSla;
}

/**
 * The last two answers of `expectedSla`. A step processes many tickets at one instant, and OPEN-8
 * asks ticket after ticket for that instant and then for the ticket's own create date: two slots
 * keep the repeated one. An answer is an immutable value, safe to hand out more than once.
 */
let latest: SlaAnswer | undefined;
let earlier: SlaAnswer | undefined;

/** The due times a ticket must carry when its SLA clocks start at `start`. */
export function expectedSla(sla: SlaPolicy, start: SimTime): TicketSla {
  if (latest !== undefined && latest.sla === sla && latest.start === start) return latest.due;
  if (earlier !== undefined && earlier.sla === sla && earlier.start === start) {
    const hit = earlier;
    earlier = latest;
    latest = hit;
    return hit.due;
  }
  const hours = sla.operatingHours;
  // The open time up to the start is the same for the three clocks: counted once.
  const open =
    sla.schedule === 'operating-hours' && hours !== undefined ? openTimeUntil(hours, start) : undefined;
  const due = {
    firstReplyDueAt: slaClockAdd(sla, start, sla.firstReplyMinutes, open),
    nextReplyDueAt: slaClockAdd(sla, start, sla.nextReplyMinutes, open),
    closeDueAt: slaClockAdd(sla, start, sla.timeToCloseMinutes, open),
  };
  earlier = latest;
  latest = { sla, start, due };
  return due;
}

const FIELDS = ['firstReplyDueAt', 'nextReplyDueAt', 'closeDueAt'] as const;

/** Whether two sets of due times are the same (field by field, no closure: asked per moved ticket). */
export function sameSla(a: TicketSla, b: TicketSla): boolean {
  return (
    a.firstReplyDueAt === b.firstReplyDueAt &&
    a.nextReplyDueAt === b.nextReplyDueAt &&
    a.closeDueAt === b.closeDueAt
  );
}

/** Due times as text for a finding. */
export function slaText(sla: TicketSla | null): string {
  if (sla === null) return 'no SLA';
  return FIELDS.map((field) => `${field} ${formatSimTime(sla[field])}`).join(', ');
}

/** The simulated time span [from, to] of a step: the clock just before it and just after it. */
export function stepWindow(trace: Trace, step: number): readonly [SimTime, SimTime] {
  const from = step <= 0 ? trace.initial.at : (trace.steps[step - 1]?.observation.at ?? trace.initial.at);
  const to = trace.steps[step]?.observation.at ?? from;
  return [from, to];
}

/** What a help desk ticket's SLA should be, when its clocks start at `start`: the finding, if any. */
export function slaFinding(
  sla: SlaPolicy | null,
  ticket: Ticket,
  start: SimTime,
): { expected: string; actual: string } | undefined {
  if (sla === null) {
    return ticket.sla === null ? undefined : { expected: 'no SLA', actual: 'SLA set' };
  }
  const expected = expectedSla(sla, start);
  if (ticket.sla !== null && sameSla(expected, ticket.sla)) return undefined;
  return {
    expected: `${slaText(expected)} (clocks from ${formatSimTime(start)}, ${sla.schedule})`,
    actual: slaText(ticket.sla),
  };
}
