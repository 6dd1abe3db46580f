/**
 * INV-7: the completion summary counts the channel's conversations and messages when the move
 * ends — those left in the inbox with history "none" included — instead of what the move moved.
 */
import { currentChannelId } from '../domain/index.ts';
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:completion-counts-whole-channel', (ctx) => ({
  event: (event) => {
    if (event.type !== 'move-completed') return event;
    const ofChannel = ctx.inner.world().conversations.filter((c) => currentChannelId(c) === event.channelId);
    return {
      ...event,
      conversationsMoved: ofChannel.length,
      messagesMoved: ofChannel.reduce((n, c) => n + c.messages.length, 0),
    };
  },
}));
