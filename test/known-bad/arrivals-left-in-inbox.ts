/**
 * MOVE-2: the move takes a snapshot of the channel when it starts; conversations arriving while it
 * runs are stored in the inbox and never picked up.
 */
import type { Conversation } from '../../domain/index.ts';
import { currentChannelId } from '../../domain/index.ts';
import { wrapReference } from './_wrap.ts';

export default wrapReference('bad:arrivals-left-in-inbox', (ctx) => {
  const stranded = new Map<string, Conversation>();
  return {
    command: (command) => {
      const now = ctx.inner.observe();
      if (command.type === 'conversation-arrives') {
        const incoming = command.conversation;
        const channelId = currentChannelId(incoming);
        if (now.channelLocations[channelId] !== 'moving') return command;
        if (stranded.has(incoming.id) || ctx.inner.world().conversations.some((c) => c.id === incoming.id))
          return { status: 'accepted' };
        stranded.set(incoming.id, { ...incoming, location: 'inbox' });
        ctx.emit({
          at: now.at,
          type: 'conversation-arrived',
          conversationId: incoming.id,
          channelId,
          location: 'inbox',
        });
        return { status: 'accepted' };
      }
      if (command.type === 'reply-arrives') {
        const conversation = stranded.get(command.conversationId);
        if (conversation === undefined) return command;
        if (!conversation.messages.some((m) => m.id === command.message.id)) {
          stranded.set(conversation.id, {
            ...conversation,
            messages: [...conversation.messages, command.message],
          });
          ctx.emit({
            at: now.at,
            type: 'reply-added',
            conversationId: conversation.id,
            messageId: command.message.id,
            location: 'inbox',
            ticketId: null,
          });
        }
        return { status: 'accepted' };
      }
      return command;
    },
    world: (world) =>
      stranded.size === 0
        ? world
        : { ...world, conversations: [...world.conversations, ...stranded.values()] },
  };
});
