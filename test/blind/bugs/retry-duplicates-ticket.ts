/**
 * BUG: after a worker crash, the restarted worker replays the last conversation it had processed
 * (its job was not yet acknowledged) and creates that conversation's ticket a second time: ticket
 * creation has no idempotency key. The conversation ends with two tickets.
 *
 * How it ships: jobs are acknowledged at the end of each batch; recovery re-runs "the last unit
 * after the last acknowledgement" to be safe. Moving a conversation is idempotent (an upsert), but
 * ticket creation is a plain insert. Crash tests assert the move completes, not the ticket count.
 *
 * Breaks: INV-3 (every conversation in help desk has exactly one associated ticket; a move never
 * creates two tickets for one conversation, even when it is interrupted and resumed).
 *
 * Shows when: during a move, at least one conversation without a ticket has been processed (a
 * ticket was created), then `worker-crash`, `worker-restart`, and the move goes on (advance or
 * run-until-idle). The duplicate is created when the worker resumes.
 */
import type { SystemFactory, Ticket } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { nextUnit, Overlay, type Timed, type Unit, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:retry-duplicates-ticket';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  const overlay = new Overlay();
  let movingChannel: string | null = null;
  let lastCreated: string | null = null; // the last ticket this move created (not yet acknowledged)
  let unacknowledged: string | null = null; // lost at the crash
  let replay: string | null = null; // to redo when the worker resumes
  let replays = 0;
  return wrapSystem(NAME, inner, {
    after(command, _result, fresh) {
      if (command.type === 'worker-crash' && movingChannel !== null) {
        unacknowledged = lastCreated;
      }
      if (command.type === 'worker-restart' && unacknowledged !== null) {
        replay = unacknowledged;
        unacknowledged = null;
      }
      const out: Timed[] = [];
      let unit: Unit | null = null;
      for (const event of fresh) {
        if (event.type === 'move-started') {
          movingChannel = event.channelId;
          lastCreated = null;
        }
        if (replay !== null && (event.type === 'conversation-moved' || event.type === 'move-completed')) {
          out.push(...duplicate(replay, event.at));
          replay = null;
        }
        if (event.type === 'move-completed') {
          movingChannel = null;
          lastCreated = null;
        }
        unit = nextUnit(unit, event);
        if (event.type === 'ticket-created' && unit !== null && unit.channelId === movingChannel) {
          lastCreated = event.ticketId;
        }
        out.push(event);
      }
      return out;
    },
    world: (w) => overlay.apply(w),
  });

  /** The replayed unit: the same ticket inserted again under a fresh ID. */
  function duplicate(ticketId: string, at: number): Timed[] {
    const now = inner.world();
    const original = now.tickets.find((t) => t.id === ticketId);
    if (original === undefined) return [];
    replays += 1;
    const copy: Ticket = { ...original, id: `${original.id}-r${replays}` };
    overlay.extraTickets.push(copy);
    const events: Timed[] = [
      {
        at,
        type: 'ticket-created',
        ticketId: copy.id,
        conversationId: copy.conversationId,
        status: copy.status,
        ownerId: copy.ownerId,
        createdAt: copy.createdAt,
      },
    ];
    if (copy.ownerId !== null)
      events.push({ at, type: 'ticket-assigned', ticketId: copy.id, ownerId: copy.ownerId });
    if (now.account.notificationsOn) {
      events.push({
        at,
        type: 'notification-sent',
        reason: 'ticket-created',
        ticketId: copy.id,
        recipientId: null,
      });
      if (copy.ownerId !== null) {
        events.push({
          at,
          type: 'notification-sent',
          reason: 'ticket-assigned',
          ticketId: copy.id,
          recipientId: copy.ownerId,
        });
      }
    }
    return events;
  }
};

export default factory;
