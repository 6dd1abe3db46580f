/**
 * A plug-in system under test: the reference system with one behaviour changed on purpose.
 *
 * The interface (domain/system.ts): a plug-in module's default export is a `SystemFactory`,
 *
 *   (world: World, options: { policies, profile }) => MigrationSystem
 *
 * and a `MigrationSystem` has
 *   - `name`                      shown in every report;
 *   - `execute(command)`          applies one command (start-move, conversation-arrives, advance, ...)
 *                                 and answers `accepted`, `refused` (with the rule ID) or `invalid`;
 *   - `world()`                   the current world, an immutable value;
 *   - `observe()`                 cheap observable state (banner, move progress, channel locations);
 *   - `events()`                  the append-only event log (`seq` from 0 without gaps).
 * The harness never looks inside: the rule checkers judge only what these return.
 *
 * This one keeps sending notifications while they are turned off: after every `ticket-created` or
 * `ticket-assigned` event that the reference system logs with notifications off, it adds the
 * `notification-sent` the product must not send. The harness catches it as a MOVE-7 violation:
 *
 *   npx inbox-move-sim run --system examples/plugins/notify-always.ts
 */
import type { MigrationSystem, SystemEvent, SystemFactory } from '../../domain/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';

const notifyAlways: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  const log: SystemEvent[] = [];
  let copied = 0;

  /** Copies the reference system's new events, renumbered, adding a notification where it sent none. */
  function sync(): void {
    const events = inner.events();
    for (; copied < events.length; copied += 1) {
      const event = events[copied];
      if (event === undefined) continue;
      log.push({ ...event, seq: log.length });
      const silent = !inner.world().account.notificationsOn;
      if (silent && event.type === 'ticket-created') {
        log.push({
          seq: log.length,
          at: event.at,
          type: 'notification-sent',
          reason: 'ticket-created',
          ticketId: event.ticketId,
          recipientId: null,
        });
      }
      if (silent && event.type === 'ticket-assigned' && event.ownerId !== null) {
        log.push({
          seq: log.length,
          at: event.at,
          type: 'notification-sent',
          reason: 'ticket-assigned',
          ticketId: event.ticketId,
          recipientId: event.ownerId,
        });
      }
    }
  }

  const system: MigrationSystem = {
    name: 'notify-always (example plug-in)',
    execute(command) {
      const result = inner.execute(command);
      sync();
      return result;
    },
    world: () => inner.world(),
    observe: () => inner.observe(),
    events: () => log,
  };
  return system;
};

export default notifyAlways;
