/**
 * BUG: SLA due times are computed with the operating hours read as UTC: the schedule's
 * `utcOffsetMinutes` is ignored. For an account in UTC+9 with 9:00–17:00 hours, the help desk
 * counts SLA time from 9:00 to 17:00 UTC (18:00–02:00 local), so due times are off by the offset
 * and tickets moved near opening or closing time get due times hours away from the right ones.
 *
 * How it ships: the business-hours calculator predates per-account time zones; the offset was
 * added to the SLA schema for display, and the calculator kept its `new Date(ms).getUTCDay()` /
 * `getUTCHours()` arithmetic. Test accounts are all in UTC.
 *
 * Breaks: HIST-4 (help desk SLAs apply to moved tickets: due times counted on the account's SLA
 * schedule) and NEW-2 (the same for new tickets in a moved channel); OPEN-8 asks for "the account's
 * SLA schedule (24/7 or operating hours)".
 *
 * Shows when: the account's SLA has `schedule: 'operating-hours'` with a non-zero
 * `utcOffsetMinutes` (generated worlds draw offsets 60, -300, 330, 540 among others), and tickets
 * enter help desk (moved, created by the move, or created on arrival in a moved channel). With
 * 24/7 or UTC hours everything is right.
 */
import type { SimTime, SlaPolicy, SystemFactory, Ticket } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { slaDueTimes } from '../../../machines/sla-clock.ts';
import { nextUnit, Overlay, type Unit, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:sla-offset-ignored';

/** The schedule as the calculator sees it: the same hours, in UTC. */
function asUtc(sla: SlaPolicy): SlaPolicy | null {
  const hours = sla.operatingHours;
  if (sla.schedule !== 'operating-hours' || hours === undefined || hours.utcOffsetMinutes === 0) return null;
  return { ...sla, operatingHours: { ...hours, utcOffsetMinutes: 0 } };
}

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  const overlay = new Overlay();
  const fromCreateDate = options.policies['OPEN-8'] === 'at-create-date';
  return wrapSystem(NAME, inner, {
    after(_command, _result, fresh) {
      const sla = inner.world().account.sla;
      const utc = sla === null ? null : asUtc(sla);
      if (utc === null) return fresh;
      let unit: Unit | null = null;
      for (const event of fresh) {
        unit = nextUnit(unit, event);
        if (event.type !== 'ticket-created' && event.type !== 'ticket-moved') continue;
        const enteredAt: SimTime = event.at;
        const processed = unit !== null; // moved with its conversation (OPEN-8), or created on arrival (NEW-2)
        overlay.tickets.set(event.ticketId, (t: Ticket) => ({
          ...t,
          sla: slaDueTimes(utc, processed && fromCreateDate ? t.createdAt : enteredAt),
        }));
      }
      return fresh;
    },
    world: (w) => overlay.apply(w),
  });
};

export default factory;
