/**
 * INV-7: the inbox's "reopen" button calls an endpoint that answers OK but only refreshes the
 * view: the conversation stays closed and nothing is logged. (An unknown conversation still gets
 * the endpoint's "not found": the bug is in the refresh, not in the lookup.)
 */
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:reopen-ignored', (ctx) => ({
  command: (command) =>
    command.type === 'reopen-conversation' &&
    ctx.inner.world().conversations.some((conversation) => conversation.id === command.conversationId)
      ? { status: 'accepted' }
      : command,
}));
