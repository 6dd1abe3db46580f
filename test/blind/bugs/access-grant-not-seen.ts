/**
 * BUG: the move resolves ticket owners through a permission cache warmed when the move starts.
 * Revocations are pushed into the cache immediately (a security requirement), but grants are not:
 * an owner who GETS help desk access while the move runs is still treated as having none, and the
 * tickets created for their conversations are left unassigned.
 *
 * How it ships: the cache subscribes to the `seat.revoked` event only ("fail closed"); a grant is
 * expected to be picked up at the next cache refresh, which a move never triggers. Tests change
 * access before starting the move, or revoke it during the move.
 *
 * Breaks: HIST-2c (the owner of the new ticket is the conversation's owner when that owner has help
 * desk access) with OPEN-4 at its default `at-ticket-creation` (access is read when each ticket is
 * created).
 *
 * Shows when: a move runs; a `set-help-desk-access` grants access to a user who lacked it when the
 * move started; afterwards the move creates a ticket for a conversation owned by that user (no
 * ticket yet, not processed before the grant).
 */
import type { SystemFactory, Ticket } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { nextUnit, Overlay, type Timed, type Unit, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:access-grant-not-seen';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  const overlay = new Overlay();
  let seatedAtStart: Set<string> | null = null;
  let movingChannel: string | null = null;
  return wrapSystem(NAME, inner, {
    after(_command, _result, fresh) {
      const out: Timed[] = [];
      let unit: Unit | null = null;
      const unassigned = new Set<string>();
      for (const event of fresh) {
        if (event.type === 'move-started') {
          seatedAtStart = new Set(
            inner
              .world()
              .users.filter((u) => u.helpDeskAccess)
              .map((u) => u.id),
          );
          movingChannel = event.channelId;
        }
        if (event.type === 'move-completed') seatedAtStart = null;
        unit = nextUnit(unit, event);
        if (seatedAtStart === null || unit === null || unit.channelId !== movingChannel) {
          out.push(event);
          continue;
        }
        if (event.type === 'ticket-created' && event.ownerId !== null && !seatedAtStart.has(event.ownerId)) {
          unassigned.add(event.ticketId);
          overlay.tickets.set(event.ticketId, (t: Ticket) => ({ ...t, ownerId: null }));
          out.push({ ...event, ownerId: null });
          continue;
        }
        if (event.type === 'ticket-assigned' && unassigned.has(event.ticketId)) continue;
        if (
          event.type === 'notification-sent' &&
          event.reason === 'ticket-assigned' &&
          unassigned.has(event.ticketId)
        ) {
          continue;
        }
        out.push(event);
      }
      return out;
    },
    world: (w) => overlay.apply(w),
  });
};

export default factory;
