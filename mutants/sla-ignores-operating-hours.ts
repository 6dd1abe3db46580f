/**
 * HIST-4: the SLA due dates are computed on a 24/7 clock whatever the account's schedule, so under
 * operating hours a ticket moved on a Friday evening is due that night instead of Monday morning.
 */
import type { World } from '../domain/index.ts';
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:sla-ignores-operating-hours', (ctx) => ({
  disguise: (world: World): World => {
    const sla = world.account.sla;
    if (sla === null || sla.schedule === '24/7') return world;
    const { operatingHours: _ignored, ...targets } = sla;
    return { ...world, account: { ...world.account, sla: { ...targets, schedule: '24/7' } } };
  },
  // The account keeps its schedule: only the due times computed from it are wrong.
  // (Only its SLA is put back: notificationsOn is the system's own, as set-notifications left it.)
  world: (world) => ({ ...world, account: { ...world.account, sla: ctx.given.account.sla } }),
}));
