import type { Conversation, SystemEvent, Ticket } from '../domain/index.ts';
import type { Tweaks, WrapContext } from './wrap-reference.ts';
import { rewriteById } from './_world-edits.ts';

/**
 * Tweaks for a system whose history query misses some conversations: a move with history "all"
 * never processes the old conversations `skip` picks (as they were given), so they stay in the
 * inbox with their tickets as they were, get no new ticket, and replies to them land in the inbox.
 * The reference system does process them; their events are left out of the log and the world it
 * returns gets them back as they were. Arrivals during the move are not affected (another query).
 */
export function skipHistory(
  ctx: WrapContext,
  skip: (conversation: Conversation) => boolean,
): Pick<Tweaks, 'command' | 'event' | 'world'> {
  const given = new Map(ctx.given.conversations.map((c) => [c.id, c]));
  const givenTickets = new Map(ctx.given.tickets.map((t) => [t.id, t]));
  const allMoves = new Set<string>();
  const running = new Set<string>();
  const arrivedDuring = new Set<string>();
  /** Conversation ID → the channel whose move skipped it. */
  const skipped = new Map<string, string>();
  const created = new Set<string>();
  const kept = new Set<string>();
  const moved = new Map<string, number>();
  return {
    command: (command) => {
      if (command.type === 'start-move' && command.history.kind === 'all') allMoves.add(command.channelId);
      return command;
    },
    event: (event: SystemEvent) => {
      if (event.type === 'move-started') {
        if (allMoves.has(event.channelId)) running.add(event.channelId);
      } else if (event.type === 'conversation-arrived') {
        if (running.size > 0) arrivedDuring.add(event.conversationId);
      } else if (event.type === 'conversation-moved') {
        const original = given.get(event.conversationId);
        if (!running.has(event.channelId) || arrivedDuring.has(event.conversationId)) return event;
        if (original === undefined || !skip(original)) return event;
        skipped.set(event.conversationId, event.channelId);
        moved.set(event.channelId, (moved.get(event.channelId) ?? 0) + 1);
        return null;
      } else if (event.type === 'ticket-created' && skipped.has(event.conversationId)) {
        created.add(event.ticketId);
        return null;
      } else if (event.type === 'ticket-moved' && skipped.has(event.conversationId)) {
        kept.add(event.ticketId);
        return null;
      } else if (event.type === 'ticket-assigned' || event.type === 'notification-sent') {
        if (created.has(event.ticketId) || kept.has(event.ticketId)) return null;
      } else if (event.type === 'reply-added' && skipped.has(event.conversationId)) {
        return { ...event, location: 'inbox', ticketId: null };
      } else if (event.type === 'move-completed') {
        running.delete(event.channelId);
        const missed = moved.get(event.channelId) ?? 0;
        return { ...event, conversationsMoved: event.conversationsMoved - missed };
      }
      return event;
    },
    world: (world) => {
      if (skipped.size === 0) return world;
      const inInbox = rewriteById(world, 'conversations', skipped, (c) => ({
        ...c,
        location: 'inbox' as const,
      }));
      return {
        ...inInbox,
        tickets: world.tickets
          .filter((t) => !created.has(t.id))
          .map((t): Ticket => (kept.has(t.id) ? (givenTickets.get(t.id) ?? t) : t)),
      };
    },
  };
}
