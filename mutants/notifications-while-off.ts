/** MOVE-7: ticket creation and assignment notify users even while notifications are turned off. */
import type { Draft } from './wrap-reference.ts';
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:notifications-while-off', (ctx) => ({
  event: (event) => {
    if (ctx.inner.observe().notificationsOn) return event;
    const { at } = event;
    if (event.type === 'ticket-created') {
      const sent: Draft = {
        at,
        type: 'notification-sent',
        reason: 'ticket-created',
        ticketId: event.ticketId,
        recipientId: null,
      };
      return [event, sent];
    }
    if (event.type === 'ticket-assigned' && event.ownerId !== null) {
      const sent: Draft = {
        at,
        type: 'notification-sent',
        reason: 'ticket-assigned',
        ticketId: event.ticketId,
        recipientId: event.ownerId,
      };
      return [event, sent];
    }
    return event;
  },
}));
