/**
 * INV-4: when a move completes, an SLA backfill job runs over every open ticket of the account,
 * including the inbox tickets of channels that were not moved.
 */
import { MINUTE } from '../domain/index.ts';
import type { SimTime, Ticket } from '../domain/index.ts';
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:sla-backfill-all-tickets', (ctx) => {
  let backfilledAt: SimTime | null = null;
  const sla = ctx.given.account.sla;
  const backfill = (t: Ticket, at: SimTime): Ticket =>
    t.sla !== null || sla === null
      ? t
      : {
          ...t,
          sla: {
            firstReplyDueAt: at + sla.firstReplyMinutes * MINUTE,
            nextReplyDueAt: at + sla.nextReplyMinutes * MINUTE,
            closeDueAt: at + sla.timeToCloseMinutes * MINUTE,
          },
        };
  return {
    event: (event) => {
      if (event.type === 'move-completed') backfilledAt ??= event.at;
      return event;
    },
    world: (world) => {
      const at = backfilledAt;
      return at === null ? world : { ...world, tickets: world.tickets.map((t) => backfill(t, at)) };
    },
  };
});
