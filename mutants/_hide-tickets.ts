import type { SystemEvent } from '../domain/index.ts';
import type { Tweaks } from './wrap-reference.ts';

/**
 * Tweaks for a system that never creates some tickets: the reference system's `ticket-created`
 * events that `skip` picks, their assignments and notifications, and the tickets themselves are
 * left out; replies name no ticket for them.
 */
export function hideTickets(
  skip: (created: Extract<SystemEvent, { type: 'ticket-created' }>) => boolean,
  observe?: (event: SystemEvent) => void,
): Pick<Tweaks, 'event' | 'world'> {
  const hidden = new Set<string>();
  return {
    event: (event) => {
      observe?.(event);
      if (event.type === 'ticket-created') {
        if (!skip(event)) return event;
        hidden.add(event.ticketId);
        return null;
      }
      if (event.type === 'ticket-assigned' || event.type === 'notification-sent')
        return hidden.has(event.ticketId) ? null : event;
      if (event.type === 'reply-added' && event.ticketId !== null && hidden.has(event.ticketId))
        return { ...event, ticketId: null };
      return event;
    },
    world: (world) =>
      hidden.size === 0 ? world : { ...world, tickets: world.tickets.filter((t) => !hidden.has(t.id)) },
  };
}
