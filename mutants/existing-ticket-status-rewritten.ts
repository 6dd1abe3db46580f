/** HIST-1: the statuses chosen for the move are applied to every ticket, including tickets that already existed. */
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:existing-ticket-status-rewritten', (ctx) => {
  const chosen = new Map<string, { open: string; closed: string }>();
  const rewritten = new Map<string, string>(); // ticket ID → the channel whose move rewrote it
  let moving: string | null = null;
  const status = new Map(ctx.given.conversations.map((c) => [c.id, c.status]));
  return {
    command: (command) => {
      if (command.type === 'start-move' && command.history.kind === 'all') {
        const { openStatus, closedStatus } = command.history;
        if (openStatus !== undefined && closedStatus !== undefined)
          chosen.set(command.channelId, { open: openStatus, closed: closedStatus });
      }
      return command;
    },
    event: (event) => {
      if (event.type === 'move-started') moving = event.channelId;
      if (event.type === 'ticket-moved' && moving !== null) rewritten.set(event.ticketId, moving);
      return event;
    },
    world: (world) => ({
      ...world,
      tickets: world.tickets.map((t) => {
        const channel = rewritten.get(t.id);
        const statuses = channel === undefined ? undefined : chosen.get(channel);
        if (statuses === undefined) return t;
        return { ...t, status: status.get(t.conversationId) === 'closed' ? statuses.closed : statuses.open };
      }),
    }),
  };
});
