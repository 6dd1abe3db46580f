import type { Conversation, SyncSystemFactory } from '../domain/index.ts';
import { currentChannelId } from '../domain/index.ts';
import { wrapReference } from './wrap-reference.ts';

/**
 * MOVE-2 variants: conversations arriving in a moving channel are kept in the inbox, out of the
 * reference system's sight (the move never hears of them), with their replies appended there.
 * `logged`: whether the intake still logs the arrival and the replies (`conversation-arrived`,
 * `reply-added` in the inbox) or bypasses the event pipeline entirely. A redelivery changes nothing.
 */
export function strandArrivals(name: string, logged: boolean): SyncSystemFactory {
  return wrapReference(name, (ctx) => {
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
          if (logged)
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
            if (logged)
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
}
