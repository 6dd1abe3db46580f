/**
 * BUG: help desk ticket IDs are handed out by the move job's own allocator, whose counter is saved
 * in the job's checkpoint when the move STARTS and then only advanced in memory. When the worker
 * crashes and restarts, the allocator is restored from the checkpoint: the tickets created after
 * the restart get the IDs already given to tickets created between the start and the crash. Two
 * different conversations end up with tickets that share one ID.
 *
 * How it ships: the allocator was made part of the job state so that a replayed unit gets the
 * same ticket ID (idempotency); the checkpoint write per unit was removed later as a performance
 * fix ("the counter is derivable"). Crash tests check that the move completes and that every
 * conversation has a ticket, not that ticket IDs are distinct.
 *
 * Breaks: INV-3 (every conversation in help desk has exactly one associated ticket — the ticket
 * named by one ID now belongs to two conversations) and HIST-2 (the ticket created for a
 * conversation, as its `ticket-created` event names it, is not the ticket the world shows under
 * that ID); INV-7 (a ticket created earlier in the trace is, by ID, rewritten).
 *
 * Shows when: during a move, at least one ticket is created (a conversation without a ticket was
 * processed, or an arrival), then `worker-crash`, `worker-restart`, and the move creates more
 * tickets. A crash before the move created anything reuses nothing.
 */
import type { SystemFactory, Ticket } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { Overlay, renamedTicketRef, type Timed, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:ticket-ids-reused-after-restart';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  const overlay = new Overlay();
  const given = new Set(world.tickets.map((t) => t.id));
  const shown = new Map<string, string>();
  let counter = 0; // the allocator's in-memory counter
  let checkpoint: number | null = null; // saved when the move started
  let down = false;

  const rename = (id: string): string => shown.get(id) ?? id;

  const allocate = (innerId: string): string => {
    counter += 1;
    const match = /^(.*?)(\d+)$/.exec(innerId);
    const id = match === null ? innerId : `${match[1] ?? ''}${counter}`;
    shown.set(innerId, id);
    if (id !== innerId) overlay.tickets.set(innerId, (t: Ticket) => ({ ...t, id }));
    return id;
  };

  return wrapSystem(NAME, inner, {
    after(_command, _result, fresh) {
      return fresh.map((event): Timed => {
        // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- the allocator's life and created tickets here, the other ticket events in renamedTicketRef
        switch (event.type) {
          case 'move-started':
            checkpoint = counter;
            return event;
          case 'move-completed':
            checkpoint = null;
            return event;
          case 'worker-crashed':
            down = true;
            return event;
          case 'worker-restarted':
            if (down && checkpoint !== null) counter = checkpoint;
            down = false;
            return event;
          case 'ticket-created':
            if (given.has(event.ticketId)) return event;
            return { ...event, ticketId: allocate(event.ticketId) };
          default:
            return renamedTicketRef(event, rename);
        }
      });
    },
    world: (w) => overlay.apply(w),
  });
};

export default factory;
