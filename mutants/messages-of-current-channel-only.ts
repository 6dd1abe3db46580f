/**
 * INV-2: the move fetches a conversation's messages by its current channel, so messages that came
 * through an earlier channel (a form submission, a chat) are lost in help desk.
 */
import { currentChannelId } from '../domain/index.ts';
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:messages-of-current-channel-only', () => {
  const moved = new Set<string>();
  return {
    event: (event) => {
      if (event.type === 'conversation-moved') moved.add(event.conversationId);
      return event;
    },
    world: (world) => ({
      ...world,
      conversations: world.conversations.map((c) => {
        if (!moved.has(c.id)) return c;
        const channel = currentChannelId(c);
        const kept = c.messages.filter((m) => m.channelId === channel);
        return kept.length === c.messages.length ? c : { ...c, messages: kept };
      }),
    }),
  };
});
