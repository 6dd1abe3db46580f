/**
 * HIST-9: the history query of a move with "all" filters on the inbox's default view, open
 * conversations only: closed conversations of the channel are never processed and stay in the inbox.
 */
import { wrapReference } from './wrap-reference.ts';
import { skipHistory } from './_skip-history.ts';

export default wrapReference('bad:history-skips-closed', (ctx) =>
  skipHistory(ctx, (conversation) => conversation.status === 'closed'),
);
