/**
 * HIST-4: the move hands the account's SLA targets, which are minutes, to a due-date helper that
 * takes seconds: every ticket the move puts in help desk is due 60 times too early.
 */
import type { World } from '../domain/index.ts';
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:sla-minutes-as-seconds', (ctx) => ({
  disguise: (world: World): World => {
    const sla = world.account.sla;
    if (sla === null) return world;
    const asSeconds = {
      ...sla,
      firstReplyMinutes: sla.firstReplyMinutes / 60,
      nextReplyMinutes: sla.nextReplyMinutes / 60,
      timeToCloseMinutes: sla.timeToCloseMinutes / 60,
    };
    return { ...world, account: { ...world.account, sla: asSeconds } };
  },
  // The account itself is unchanged: only the due times computed from it are wrong.
  // (Only its SLA is put back: notificationsOn is the system's own, as set-notifications left it.)
  world: (world) => ({ ...world, account: { ...world.account, sla: ctx.given.account.sla } }),
}));
