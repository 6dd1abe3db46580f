/**
 * BUG: the move worker keeps its own "send notifications" flag, initialised from the account when
 * the move starts, and FLIPS it on every notifications-settings event it receives during the move.
 * The settings service publishes an event on every save, also when the value saved is the one
 * already set. A redundant save (notifications turned "off" when already off, or "on" when already
 * on) puts the worker's flag out of step with the account: from then on the move notifies while
 * notifications are off, or stays silent while they are on, until the next save flips it back.
 *
 * How it ships: the event was named `notifications.toggled` and the consumer was written as
 * `notify = !notify`; the settings UI only offers a toggle, so every event from the UI really is a
 * change. An API client, a second admin's stale tab or a "make sure they're off" script saves the
 * same value again. Tests toggle off then on, never the same value twice.
 *
 * Breaks: MOVE-7 (with notifications off, none are sent for the move; with them on, creating and
 * assigning tickets notifies) and OPEN-6's default `resume` (notifications turned back on resume
 * from then on).
 *
 * Shows when: during a move, `set-notifications` with the value the account already has (e.g. off
 * twice in a row, or on while on), and the move then creates tickets (history `all` with
 * conversations without tickets left to process, or arrivals). Notifications outside moves (new
 * traffic in help desk channels) are sent by another service and are right.
 */
import type { SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { nextUnit, type Timed, type Unit, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:notif-toggle-flips';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  let movingChannel: string | null = null;
  let notify = false; // the worker's flag, meaningful while movingChannel is set
  return wrapSystem(NAME, inner, {
    after(command, result, fresh) {
      if (command.type === 'set-notifications' && result.status === 'accepted' && movingChannel !== null) {
        notify = !notify;
      }
      const out: Timed[] = [];
      let unit: Unit | null = null;
      for (let i = 0; i < fresh.length; i++) {
        const event = fresh[i];
        if (event === undefined) continue;
        if (event.type === 'move-started') {
          movingChannel = event.channelId;
          notify = inner.world().account.notificationsOn;
        }
        unit = nextUnit(unit, event);
        const ours = unit !== null && unit.channelId === movingChannel;
        if (event.type === 'move-completed') movingChannel = null;
        if (!ours) {
          out.push(event);
          continue;
        }
        // The worker's own notifications replace whatever the account setting would have sent.
        if (event.type === 'notification-sent') continue;
        out.push(event);
        if (event.type !== 'ticket-created') continue;
        const assigned = fresh[i + 1];
        if (assigned?.type === 'ticket-assigned' && assigned.ticketId === event.ticketId) {
          out.push(assigned);
          i += 1;
        }
        if (!notify) continue;
        const { at, ticketId, ownerId } = event;
        out.push({ at, type: 'notification-sent', reason: 'ticket-created', ticketId, recipientId: null });
        if (ownerId !== null) {
          out.push({
            at,
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
