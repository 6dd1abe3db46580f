/** HIST-2c: a created ticket copies the conversation's owner without checking their help desk access. */
import type { Draft } from './wrap-reference.ts';
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:owner-without-access-kept', (ctx) => {
  const owners = new Map(ctx.given.conversations.map((c) => [c.id, c.ownerId]));
  const kept = new Map<string, string>();
  return {
    command: (command) => {
      if (command.type === 'conversation-arrives' && !owners.has(command.conversation.id))
        owners.set(command.conversation.id, command.conversation.ownerId);
      return command;
    },
    event: (event) => {
      if (event.type !== 'ticket-created' || event.ownerId !== null) return event;
      const owner = owners.get(event.conversationId) ?? null;
      if (owner === null) return event;
      kept.set(event.ticketId, owner);
      const { at, ticketId } = event;
      const drafts: Draft[] = [
        { ...event, ownerId: owner },
        { at, type: 'ticket-assigned', ticketId, ownerId: owner },
      ];
      // Assigned like any other ticket: the owner is notified when notifications are on.
      if (ctx.inner.observe().notificationsOn)
        drafts.push({
          at,
          type: 'notification-sent',
          reason: 'ticket-assigned',
          ticketId,
          recipientId: owner,
        });
      return drafts;
    },
    world: (world) => ({
      ...world,
      tickets: world.tickets.map((t) => {
        const owner = kept.get(t.id);
        return owner === undefined ? t : { ...t, ownerId: owner };
      }),
    }),
  };
});
