/**
 * BUG: with "all conversations", the ticket status each conversation will get (the chosen open or
 * closed status) is computed when the move QUEUES the channel's conversations, at start, and stored
 * in the queue entry. A conversation closed or reopened during the move, before its turn, still
 * gets the status for the state it had when the move started. Its owner, by contrast, is read when
 * the ticket is created (so reassignments during the move are followed correctly).
 *
 * How it ships: the queue entry carries `targetStatus` so the worker need not load the
 * conversation's status per unit; the owner could not be precomputed (help desk access is read at
 * creation, OPEN-4), which made the owner path look like the one to test for OPEN-9. Lifecycle
 * tests reassign owners during the move; none closes or reopens a queued conversation.
 *
 * Breaks: HIST-2b (the new ticket's status follows the conversation's state) under OPEN-9's
 * default `at-processing` (the state at the moment it is processed).
 *
 * Shows when: a move with history `all` whose open and closed statuses differ; a
 * `close-conversation` or `reopen-conversation` of one of the channel's inbox conversations that
 * has no ticket, after start-move and before the move processes it. Conversations arriving during
 * the move are queued with their state at arrival and are not affected unless changed later.
 */
import type { ConversationStatus, SystemFactory, Ticket } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { currentOf, nextUnit, Overlay, type Timed, type Unit, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:status-fixed-at-queueing';

interface Queued {
  readonly channelId: string;
  readonly open: string;
  readonly closed: string;
  /** The state each queued conversation had when it was queued. */
  readonly state: Map<string, ConversationStatus>;
}

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  const overlay = new Overlay();
  let queued: Queued | null = null;
  return wrapSystem(NAME, inner, {
    after(command, result, fresh) {
      if (command.type === 'start-move' && result.status === 'accepted' && command.history.kind === 'all') {
        const { openStatus, closedStatus } = command.history;
        if (openStatus !== undefined && closedStatus !== undefined) {
          const state = new Map<string, ConversationStatus>();
          for (const c of inner.world().conversations) {
            if (c.location === 'inbox' && currentOf(c) === command.channelId) state.set(c.id, c.status);
          }
          queued = { channelId: command.channelId, open: openStatus, closed: closedStatus, state };
        }
        return fresh;
      }
      if (queued === null) return fresh;
      if (command.type === 'conversation-arrives' && !queued.state.has(command.conversation.id)) {
        const arrived = fresh.find((e) => e.type === 'conversation-arrived');
        if (arrived?.type === 'conversation-arrived' && arrived.channelId === queued.channelId) {
          queued.state.set(command.conversation.id, command.conversation.status);
        }
      }
      let unit: Unit | null = null;
      return fresh.map((event): Timed => {
        unit = nextUnit(unit, event);
        if (queued === null) return event;
        if (event.type === 'move-completed' && event.channelId === queued.channelId) {
          queued = null;
          return event;
        }
        if (event.type !== 'ticket-created' || unit === null || unit.channelId !== queued.channelId)
          return event;
        const state = queued.state.get(event.conversationId);
        if (state === undefined) return event;
        const status = state === 'open' ? queued.open : queued.closed;
        if (status === event.status) return event;
        overlay.tickets.set(event.ticketId, (t: Ticket) => ({ ...t, status }));
        return { ...event, status };
      });
    },
    world: (w) => overlay.apply(w),
  });
};

export default factory;
