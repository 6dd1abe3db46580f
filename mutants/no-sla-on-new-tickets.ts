/** NEW-2: tickets of conversations arriving in a moved channel are created without the help desk SLAs. */
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:no-sla-on-new-tickets', () => {
  const arrived = new Set<string>();
  return {
    event: (event) => {
      if (event.type === 'conversation-arrived' && event.location === 'help-desk')
        arrived.add(event.conversationId);
      return event;
    },
    world: (world) =>
      arrived.size === 0
        ? world
        : {
            ...world,
            tickets: world.tickets.map((t) => (arrived.has(t.conversationId) ? { ...t, sla: null } : t)),
          },
  };
});
