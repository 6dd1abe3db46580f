/**
 * INV-7: the inbox's "reopen" button calls an endpoint that answers OK but only refreshes the
 * view: the conversation stays closed and nothing is logged.
 */
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:reopen-ignored', () => ({
  command: (command) => (command.type === 'reopen-conversation' ? { status: 'accepted' } : command),
}));
