/**
 * MOVE-2: while a channel moves, its incoming conversations are written straight to the inbox
 * store by the mail intake, bypassing the event pipeline the move listens to: the move never hears
 * of them, nothing is logged, and they stay in the inbox after the move completes.
 */
import type { Conversation } from '../../domain/index.ts';
import { currentChannelId } from '../../domain/index.ts';
import { wrapReference } from './_wrap.ts';

export default wrapReference('bad:arrival-stranded-unlogged', (ctx) => {
  const stranded = new Map<string, Conversation>();
  return {
    command: (command) => {
      if (command.type === 'conversation-arrives') {
        const incoming = command.conversation;
        const channelId = currentChannelId(incoming);
        if (ctx.inner.observe().channelLocations[channelId] !== 'moving') return command;
        if (ctx.inner.world().conversations.some((c) => c.id === incoming.id)) return command;
        if (!stranded.has(incoming.id)) stranded.set(incoming.id, { ...incoming, location: 'inbox' });
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
