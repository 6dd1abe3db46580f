/** HIST-3: replies to a moved conversation are still routed to the inbox thread, not to its help desk ticket. */
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:reply-left-in-inbox', () => ({
  event: (event) =>
    event.type === 'reply-added' && event.location === 'help-desk'
      ? { ...event, location: 'inbox', ticketId: null }
      : event,
}));
