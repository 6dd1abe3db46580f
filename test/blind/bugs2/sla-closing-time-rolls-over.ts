/**
 * BUG: the operating-hours SLA calculator consumes an open interval only when the remaining target
 * is STRICTLY shorter than what is left of it (`remaining < closes - opens`). A target that ends
 * exactly at closing time is carried over to the next open interval, and the due time becomes the
 * next OPENING (the next morning, or Monday morning across a weekend) instead of the closing time.
 *
 * How it ships: an off-by-one in a loop condition, in a calculator whose unit tests start SLA
 * clocks at arbitrary instants inside business hours (where a target practically never lands on
 * closing time to the millisecond). It lands there systematically when the clock starts OUTSIDE
 * the hours — it then starts at an opening — and the target is a whole number of open days: 8 h or
 * 48 h of a 9–17 schedule, or 8 h of 8:30–12:00 + 13:00–17:30.
 *
 * Breaks: HIST-4 (help desk SLAs apply to moved tickets: due times on the account's SLA clock,
 * "a target that ends exactly at closing time is due at closing time, not at the next opening"),
 * NEW-2 (the same for tickets of new conversations in a moved channel), OPEN-8 (the schedule).
 *
 * Shows when: the account's SLA runs on `operating-hours`, a ticket enters help desk (moved,
 * created by the move, or created on arrival in a moved channel) while the hours are closed —
 * nights, weekends — and one of its targets is a whole multiple of the open time of the days it
 * spans (generated targets 240/480/1440/2880/7200 min against 8-hour days). 24/7 SLAs are right.
 */
import type {
  OperatingHours,
  SimTime,
  SlaPolicy,
  SystemFactory,
  Ticket,
  TicketSla,
} from '../../../domain/index.ts';
import { DAY, MINUTE } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { nextUnit, Overlay, type Unit, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:sla-closing-time-rolls-over';
const WEEK = 7 * DAY;
const EPOCH_WEEKDAY = 3; // 1 Jan 1970 was a Thursday (Monday-first index 3)

function weeklyOpenMs(hours: OperatingHours): number {
  let total = 0;
  for (const day of hours.week) for (const [from, to] of day) total += (to - from) * MINUTE;
  return total;
}

/** `ms` of open time after `start` — with the off-by-one at closing time. */
function addOpenTime(hours: OperatingHours, start: SimTime, ms: number): SimTime {
  const offset = hours.utcOffsetMinutes * MINUTE;
  let cursor = start + offset;
  let remaining = ms;
  if (remaining <= 0) return start;
  const weekly = weeklyOpenMs(hours);
  if (weekly <= 0) return start;
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
      if (remaining < closes - opens) return opens + remaining - offset;
      remaining -= closes - opens;
    }
  }
}

function dueTimes(sla: SlaPolicy, hours: OperatingHours, start: SimTime): TicketSla {
  return {
    firstReplyDueAt: addOpenTime(hours, start, sla.firstReplyMinutes * MINUTE),
    nextReplyDueAt: addOpenTime(hours, start, sla.nextReplyMinutes * MINUTE),
    closeDueAt: addOpenTime(hours, start, sla.timeToCloseMinutes * MINUTE),
  };
}

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  const overlay = new Overlay();
  const fromCreateDate = options.policies['OPEN-8'] === 'at-create-date';
  return wrapSystem(NAME, inner, {
    after(_command, _result, fresh) {
      const sla = inner.world().account.sla;
      const hours = sla?.schedule === 'operating-hours' ? sla.operatingHours : undefined;
      if (sla === null || hours === undefined) return fresh;
      let unit: Unit | null = null;
      for (const event of fresh) {
        unit = nextUnit(unit, event);
        if (event.type !== 'ticket-created' && event.type !== 'ticket-moved') continue;
        const enteredAt = event.at;
        const processed = unit !== null; // with its conversation (OPEN-8) or on arrival (NEW-2)
        overlay.tickets.set(event.ticketId, (t: Ticket) => ({
          ...t,
          sla: dueTimes(sla, hours, processed && fromCreateDate ? t.createdAt : enteredAt),
        }));
      }
      return fresh;
    },
    world: (w) => overlay.apply(w),
  });
};

export default factory;
