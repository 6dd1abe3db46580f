/**
 * INV-3: after a restart the worker redoes the last unit it finished before the crash without
 * looking for the ticket it already created, so that conversation gets a second ticket.
 */
import type { SystemEvent, Ticket } from '../domain/index.ts';
import type { Draft } from './wrap-reference.ts';
import { wrapReference } from './wrap-reference.ts';

type Created = Extract<SystemEvent, { type: 'ticket-created' }>;

export default wrapReference('bad:ticket-duplicated-after-restart', (ctx) => {
  let last: Created | null = null;
  let atCrash: Created | null = null;
  const redone: Ticket[] = [];
  return {
    event: (event) => {
      if (event.type === 'ticket-created') last = event;
      if (event.type === 'worker-crashed') atCrash = last;
      if (event.type !== 'worker-restarted' || atCrash === null) return event;
      const original = ctx.inner.world().tickets.find((t) => t.id === atCrash?.ticketId);
      const copy = atCrash;
      atCrash = null;
      if (original === undefined) return event;
      const id = `${original.id}-redo`;
      redone.push({ ...original, id });
      const { seq: _seq, ...body } = copy;
      const drafts: Draft[] = [event, { ...body, at: event.at, ticketId: id }];
      if (ctx.inner.observe().notificationsOn)
        drafts.push({
          at: event.at,
          type: 'notification-sent',
          reason: 'ticket-created',
          ticketId: id,
          recipientId: null,
        });
      return drafts;
    },
    world: (world) => (redone.length === 0 ? world : { ...world, tickets: [...world.tickets, ...redone] }),
  };
});
