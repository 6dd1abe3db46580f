/**
 * INV-2: the move fetches a conversation's messages by its current channel, so messages that came
 * through an earlier channel (a form submission, a chat) are lost in help desk.
 */
import { currentChannelId } from '../domain/index.ts';
import { rewriteMoved } from './_rewrite-moved.ts';

export default rewriteMoved('bad:messages-of-current-channel-only', (c) => {
  const channel = currentChannelId(c);
  const kept = c.messages.filter((m) => m.channelId === channel);
  return kept.length === c.messages.length ? c : { ...c, messages: kept };
});
