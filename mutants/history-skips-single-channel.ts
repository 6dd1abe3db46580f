/**
 * HIST-9: the "most recent channel" query inner-joins the channel-change table, so a conversation
 * that never changed channel (a history of one channel) has no row and is left in the inbox by a
 * move with "all"; conversations that did change channel move correctly.
 */
import { wrapReference } from './wrap-reference.ts';
import { skipHistory } from './_skip-history.ts';

export default wrapReference('bad:history-skips-single-channel', (ctx) =>
  skipHistory(ctx, (conversation) => conversation.channelHistory.length === 1),
);
