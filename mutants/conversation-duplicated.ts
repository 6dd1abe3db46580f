/** INV-1: the move copies each conversation to help desk and never deletes the inbox original. */
import type { Conversation } from '../domain/index.ts';
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:conversation-duplicated', (ctx) => {
  const originals = new Map(ctx.given.conversations.map((c) => [c.id, c]));
  const left: Conversation[] = [];
  return {
    event: (event) => {
      const original = event.type === 'conversation-moved' ? originals.get(event.conversationId) : undefined;
      if (original !== undefined) left.push(original);
      return event;
    },
    world: (world) =>
      left.length === 0 ? world : { ...world, conversations: [...world.conversations, ...left] },
  };
});
