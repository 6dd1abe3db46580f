/**
 * INV-7: a closed conversation taken to help desk is reopened (the import sets every moved thread
 * to open; its ticket still gets the status chosen for closed ones).
 */
import { rewriteMoved } from './_rewrite-moved.ts';

export default rewriteMoved('bad:move-reopens-conversations', (conversation) =>
  conversation.status === 'closed' ? { ...conversation, status: 'open' } : conversation,
);
