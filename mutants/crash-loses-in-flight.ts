/**
 * INV-1 (fault): the worker deletes a conversation from the inbox before writing it to help desk;
 * a crash between the two loses the last conversation it was working on.
 */
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:crash-loses-in-flight', () => {
  let last: string | null = null;
  const lost = new Set<string>();
  return {
    event: (event) => {
      if (event.type === 'conversation-moved') last = event.conversationId;
      if (event.type === 'move-completed') last = null;
      if (event.type === 'worker-crashed' && last !== null) lost.add(last);
      return event;
    },
    world: (world) =>
      lost.size === 0
        ? world
        : {
            ...world,
            conversations: world.conversations.filter((c) => !lost.has(c.id)),
            tickets: world.tickets.filter((t) => !lost.has(t.conversationId)),
          },
  };
});
