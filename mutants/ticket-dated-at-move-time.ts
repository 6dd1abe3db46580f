/** HIST-2a: a ticket created by the move is dated when the worker creates it, not when the conversation started. */
import type { SimTime } from '../domain/index.ts';
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:ticket-dated-at-move-time', () => {
  const redated = new Map<string, SimTime>();
  return {
    event: (event) => {
      if (event.type !== 'ticket-created' || event.createdAt === event.at) return event;
      redated.set(event.ticketId, event.at);
      return { ...event, createdAt: event.at };
    },
    world: (world) => ({
      ...world,
      tickets: world.tickets.map((t) => {
        const at = redated.get(t.id);
        return at === undefined ? t : { ...t, createdAt: at };
      }),
    }),
  };
});
