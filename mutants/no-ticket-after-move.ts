/** NEW-1: automatic ticket creation is not switched on for a moved channel: new conversations arrive without one. */
import { wrapReference } from './wrap-reference.ts';
import { hideTickets } from './_hide-tickets.ts';

export default wrapReference('bad:no-ticket-after-move', () => {
  const arrivedInHelpDesk = new Set<string>();
  return hideTickets(
    (created) => arrivedInHelpDesk.has(created.conversationId),
    (event) => {
      if (event.type === 'conversation-arrived' && event.location === 'help-desk')
        arrivedInHelpDesk.add(event.conversationId);
    },
  );
});
