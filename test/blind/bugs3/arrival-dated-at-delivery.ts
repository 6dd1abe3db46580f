/**
 * BUG: the ticket created for a conversation that arrives in a channel WHILE it is moving is dated
 * at the moment the conversation was delivered to the inbox (the time of its `conversation-arrived`
 * event), not at the conversation's own start date. For most traffic both coincide; for a
 * conversation delivered late (a mail-queue backlog, a form submission retried, a chat synced after
 * reconnecting) the ticket is younger than its conversation.
 *
 * How it ships: the arrival watcher enqueues `{ conversationId, receivedAt }` and the worker builds
 * the ticket from the queue entry, using `receivedAt` as "when the conversation began" because the
 * queue entry has no other date; historical conversations take their date from the export row, so
 * the history tests pass. Test arrivals are dated at their delivery.
 *
 * Breaks: OPEN-7 under its default `own-start-date` (tickets of conversations arriving during the
 * move get their own start date) — and the same HIST-2a promise the move makes for every ticket it
 * creates (`ticket-created.createdAt` and the ticket's `createdAt`).
 *
 * Shows when: during a move, a `conversation-arrives` in the moving channel whose `startedAt`
 * differs from the simulated clock at delivery; the move then processes it (it has no ticket).
 * Arrivals in channels already in help desk (NEW-1) are dated right.
 */
import type { Command, SimTime, SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { currentOf, Overlay, type Timed, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:arrival-dated-at-delivery';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  const overlay = new Overlay();
  let moving: string | null = null;
  /** Conversations that arrived during the move, by ID: when they were delivered. */
  const receivedAt = new Map<string, SimTime>();
  return wrapSystem(NAME, inner, {
    before(command: Command) {
      if (command.type !== 'conversation-arrives' || moving === null) return undefined;
      const conversation = command.conversation;
      if (currentOf(conversation) !== moving) return undefined;
      const now = inner.world();
      if (now.conversations.some((c) => c.id === conversation.id)) return undefined;
      receivedAt.set(conversation.id, now.clock);
      return undefined;
    },
    after(_command, _result, fresh) {
      return fresh.map((event): Timed => {
        if (event.type === 'move-started') moving = event.channelId;
        if (event.type === 'move-completed') {
          moving = null;
          receivedAt.clear();
        }
        if (event.type !== 'ticket-created') return event;
        const delivered = receivedAt.get(event.conversationId);
        if (delivered === undefined || delivered === event.createdAt) return event;
        overlay.tickets.set(event.ticketId, (ticket) => ({ ...ticket, createdAt: delivered }));
        return { ...event, createdAt: delivered };
      });
    },
    world: (w) => overlay.apply(w),
  });
};

export default factory;
