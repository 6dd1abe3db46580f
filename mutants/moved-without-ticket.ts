/** HIST-2: the move takes conversations without a ticket to help desk as they are, with no ticket. */
import { wrapReference } from './wrap-reference.ts';
import { hideTickets } from './_hide-tickets.ts';

export default wrapReference('bad:moved-without-ticket', (ctx) => {
  const old = new Set(ctx.given.conversations.map((c) => c.id));
  return hideTickets((created) => old.has(created.conversationId));
});
