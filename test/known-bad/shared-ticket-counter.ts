/**
 * INV-5: ticket IDs come from a counter shared by every instance of the system (a module-level
 * sequence), so replaying the same inputs gives different IDs.
 */
import type { SystemEvent } from '../../domain/index.ts';
import { wrapReference } from './_wrap.ts';

let sequence = 0;

export default wrapReference('bad:shared-ticket-counter', () => {
  const ids = new Map<string, string>();
  const rename = (id: string): string => ids.get(id) ?? id;
  return {
    event: (event): SystemEvent => {
      if (event.type === 'ticket-created') {
        sequence += 1;
        ids.set(event.ticketId, `T-${sequence}`);
      }
      if (
        event.type === 'ticket-created' ||
        event.type === 'ticket-assigned' ||
        event.type === 'ticket-moved' ||
        event.type === 'notification-sent'
      )
        return { ...event, ticketId: rename(event.ticketId) };
      if (event.type === 'reply-added' && event.ticketId !== null)
        return { ...event, ticketId: rename(event.ticketId) };
      return event;
    },
    world: (world) =>
      ids.size === 0 ? world : { ...world, tickets: world.tickets.map((t) => ({ ...t, id: rename(t.id) })) },
  };
});
