/**
 * BUG: when the move takes an EXISTING ticket to help desk and the ticket is still in the
 * pipeline's first status ("New"), it is handed to help desk routing as an untriaged ticket.
 * Routing may only assign to users with help desk access, so a "New" ticket whose owner has no
 * access loses its owner (and an unassignment is logged). Tickets in any other status keep their
 * owner, as the default policy says.
 *
 * How it ships: help desk's ingestion treats "status is the pipeline's first status" as "needs
 * routing" — true for tickets created in help desk — and the move feeds moved tickets through the
 * same ingestion. The OPEN-1 test uses a ticket "Waiting on us" with an owner without a seat.
 *
 * Breaks: OPEN-1 under its default `keep-owner` (a moved existing ticket whose owner lacks help
 * desk access keeps its owner) and HIST-1 (the existing ticket moves as is: its fields are not
 * rewritten).
 *
 * Shows when: a move with history `all` processes a conversation whose existing inbox ticket has
 * the pipeline's first status and an owner whose `helpDeskAccess` is false when it moves.
 */
import type { SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { byId, Overlay, type Timed, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:new-status-ticket-rerouted';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  const overlay = new Overlay();
  const unassign = (ticket: Parameters<Parameters<typeof overlay.tickets.set>[1]>[0]) => ({
    ...ticket,
    ownerId: null,
  });
  return wrapSystem(NAME, inner, {
    after(_command, _result, fresh) {
      if (!fresh.some((e) => e.type === 'ticket-moved')) return fresh;
      const now = inner.world();
      const first = now.account.pipeline.statuses[0];
      const tickets = byId(now.tickets);
      const users = byId(now.users);
      const out: Timed[] = [];
      for (let i = 0; i < fresh.length; i++) {
        const event = fresh[i];
        if (event === undefined) continue;
        out.push(event);
        if (event.type !== 'ticket-moved') continue;
        const ticket = tickets.get(event.ticketId);
        if (ticket === undefined || ticket.status !== first || ticket.ownerId === null) continue;
        if (users.get(ticket.ownerId)?.helpDeskAccess === true) continue;
        const next = fresh[i + 1];
        // Already unassigned by the system itself (OPEN-1 `unassign`).
        if (next?.type === 'ticket-assigned' && next.ticketId === ticket.id) continue;
        overlay.tickets.set(ticket.id, unassign);
        out.push({ type: 'ticket-assigned', ticketId: ticket.id, ownerId: null, at: event.at });
      }
      return out;
    },
    world: (w) => overlay.apply(w),
  });
};

export default factory;
