/**
 * BUG: the move worker reads the account's "notifications on/off" setting once, when the move
 * starts, and keeps that value in its job context. Turning notifications off during the move does
 * not stop the notifications for tickets the move creates and assigns; turning them on during a
 * move started with notifications off does not resume them.
 *
 * How it ships: the job payload is built at enqueue time with everything the worker needs
 * (`{ channelId, history, statuses, notify: account.notificationsOn }`) to avoid a settings lookup
 * per ticket; the ADV-4 advice tells admins to turn notifications off BEFORE starting, which is
 * what every test does.
 *
 * Breaks: MOVE-7 (with notifications off, no notification is sent for the move) and OPEN-6 at its
 * default `resume` (turned back on during the move, notifications resume from then on).
 *
 * Shows when: `set-notifications` changes the setting while a move runs, and the move then creates
 * or assigns tickets (history `all` with conversations left to process, or arrivals).
 */
import type { SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { type Timed, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:notif-flag-cached-at-start';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  let notifyForMove: boolean | null = null; // the job context's copy, while a move runs
  return wrapSystem(NAME, inner, {
    after(_command, _result, fresh) {
      const out: Timed[] = [];
      for (let i = 0; i < fresh.length; i++) {
        const event = fresh[i] as Timed;
        if (event.type === 'move-started') notifyForMove = inner.world().account.notificationsOn;
        if (event.type === 'move-completed') notifyForMove = null;
        if (notifyForMove === null) {
          out.push(event);
          continue;
        }
        if (event.type === 'notification-sent') continue; // decided below from the cached flag
        out.push(event);
        if (event.type !== 'ticket-created') continue;
        const ticketId = event.ticketId;
        let ownerId: string | null = null;
        const next = fresh[i + 1];
        if (next !== undefined && next.type === 'ticket-assigned' && next.ticketId === ticketId) {
          out.push(next);
          ownerId = next.ownerId;
          i += 1;
        }
        if (!notifyForMove) continue;
        out.push({
          at: event.at,
          type: 'notification-sent',
          reason: 'ticket-created',
          ticketId,
          recipientId: null,
        });
        if (ownerId !== null) {
          out.push({
            at: event.at,
            type: 'notification-sent',
            reason: 'ticket-assigned',
            ticketId,
            recipientId: ownerId,
          });
        }
      }
      return out;
    },
  });
};

export default factory;
