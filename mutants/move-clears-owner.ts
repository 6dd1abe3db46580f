/**
 * INV-7: the move hands ownership over to the ticket and clears the conversation's own owner (the
 * ticket is still created from the original owner, so HIST-2c holds); nothing allows that change.
 */
import { rewriteMoved } from './_rewrite-moved.ts';

export default rewriteMoved('bad:move-clears-owner', (conversation) =>
  conversation.ownerId === null ? conversation : { ...conversation, ownerId: null },
);
