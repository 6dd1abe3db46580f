/**
 * INV-7: a moved conversation's start date becomes the time it was moved (the help desk copy is
 * stamped "now" on import; its ticket is still dated from the original start, so HIST-2a holds).
 */
import { rewriteMoved } from './_rewrite-moved.ts';

export default rewriteMoved('bad:move-resets-start-date', (conversation, movedAt) =>
  conversation.startedAt === movedAt ? conversation : { ...conversation, startedAt: movedAt },
);
