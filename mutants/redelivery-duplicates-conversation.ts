/** INV-1 (fault): a conversation delivered twice is stored twice (no idempotency key on arrivals). */
import type { Conversation } from '../domain/index.ts';
import { currentChannelId } from '../domain/index.ts';
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:redelivery-duplicates-conversation', (ctx) => {
  const copies: Conversation[] = [];
  return {
    command: (command) => {
      if (command.type !== 'conversation-arrives') return command;
      const existing = ctx.inner.world().conversations.find((c) => c.id === command.conversation.id);
      if (existing === undefined) return command;
      const channelId = currentChannelId(command.conversation);
      const location =
        ctx.inner.observe().channelLocations[channelId] === 'help-desk' ? 'help-desk' : 'inbox';
      copies.push({ ...command.conversation, location });
      const at = ctx.inner.observe().at;
      ctx.emit({ at, type: 'conversation-arrived', conversationId: existing.id, channelId, location });
      return { status: 'accepted' };
    },
    world: (world) =>
      copies.length === 0 ? world : { ...world, conversations: [...world.conversations, ...copies] },
  };
});
