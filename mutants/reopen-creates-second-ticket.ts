/**
 * INV-3: reopening a help desk conversation opens a fresh ticket for it (the "reopen = new ticket"
 * behaviour of many help desks), instead of going on with the ticket it already has; the
 * conversation ends with two tickets.
 */
import type { Ticket } from '../domain/index.ts';
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:reopen-creates-second-ticket', (ctx) => {
  const reopened: Ticket[] = [];
  return {
    after: (command, result) => {
      if (command.type !== 'reopen-conversation' || result.status !== 'accepted') return undefined;
      const world = ctx.inner.world();
      const conversation = world.conversations.find((c) => c.id === command.conversationId);
      const current = world.tickets.find((t) => t.conversationId === command.conversationId);
      const last = ctx.log[ctx.log.length - 1];
      // Only an actual reopen (logged) of a conversation in help desk that has its ticket.
      if (
        conversation?.location !== 'help-desk' ||
        current === undefined ||
        last?.type !== 'conversation-reopened'
      )
        return undefined;
      const ticket: Ticket = {
        ...current,
        id: `${current.id}-reopened-${reopened.length + 1}`,
        createdAt: world.clock,
        status: world.account.pipeline.statuses[0] ?? current.status,
      };
      reopened.push(ticket);
      ctx.emit({
        at: world.clock,
        type: 'ticket-created',
        ticketId: ticket.id,
        conversationId: ticket.conversationId,
        status: ticket.status,
        ownerId: ticket.ownerId,
        createdAt: ticket.createdAt,
      });
      return undefined;
    },
    world: (world) =>
      reopened.length === 0 ? world : { ...world, tickets: [...world.tickets, ...reopened] },
  };
});
