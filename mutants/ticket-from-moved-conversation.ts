/**
 * HIST-2b: the move archives each conversation it takes (the inbox record it reads back is marked
 * closed) and creates the ticket from that record, so every new ticket gets the status chosen for
 * closed conversations. Help desk then syncs the conversation's open/closed state from its ticket
 * (the status chosen for closed conversations means closed), so the conversation ends closed too:
 * the world after is consistent with itself, and a check against the conversation after the move
 * passes. (When both chosen statuses are the same, the sync cannot tell and changes nothing.)
 */
import { wrapReference } from './wrap-reference.ts';
import { rewriteById } from './_world-edits.ts';

export default wrapReference('bad:ticket-from-moved-conversation', () => {
  const closedStatus = new Map<string, string>();
  const moving = new Map<string, string>();
  let current: string | null = null;
  /** Conversation ID → the closed status its new ticket was given. */
  const closed = new Map<string, string>();
  const restatused = new Map<string, string>();
  return {
    command: (command) => {
      const { history } = command.type === 'start-move' ? command : { history: undefined };
      if (command.type === 'start-move' && history?.kind === 'all' && history.closedStatus !== undefined)
        closedStatus.set(command.channelId, history.closedStatus);
      return command;
    },
    event: (event) => {
      if (event.type === 'move-started') {
        const status = closedStatus.get(event.channelId);
        if (status !== undefined) moving.set(event.channelId, status);
      } else if (event.type === 'move-completed') moving.delete(event.channelId);
      else if (event.type === 'conversation-moved')
        current = moving.has(event.channelId) ? event.channelId : null;
      else if (event.type === 'ticket-created' && current !== null) {
        const status = moving.get(current);
        if (status !== undefined && status !== event.status) {
          restatused.set(event.ticketId, status);
          closed.set(event.conversationId, status);
          return { ...event, status };
        }
      }
      return event;
    },
    world: (world) =>
      rewriteById(
        rewriteById(world, 'conversations', closed, (c) => ({ ...c, status: 'closed' as const })),
        'tickets',
        restatused,
        (t, status) => ({ ...t, status }),
      ),
  };
});
