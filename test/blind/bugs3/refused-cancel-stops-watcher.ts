/**
 * BUG: a `cancel-move` request on a running move is refused (MOVE-1: a move cannot be stopped) —
 * but the cancel handler has already raised the move's "cancel requested" flag before asking the
 * move service whether a cancel is allowed, and the refusal path does not lower it. The worker
 * keeps processing what it had queued and completes, but its arrival watcher checks the flag
 * (`if (job.cancelRequested) return; // draining`) and ignores every conversation that arrives in
 * the moving channel after the refused cancel. Those stay in the inbox of a channel that ends in
 * help desk.
 *
 * How it ships: the flag was introduced for a cancel feature that product later dropped; the
 * endpoint now always refuses, and the test of the refusal checks the answer and the event log of
 * that step (one `command-refused`), not what happens to traffic afterwards.
 *
 * Breaks: INV-6 (a refused request changes nothing — here it changes how the running move treats
 * later arrivals) and MOVE-2 (conversations that arrive in a moving channel are moved too: none is
 * left in the inbox).
 *
 * Shows when: during a move, a `cancel-move` of the moving channel (refused, MOVE-1), then a
 * `conversation-arrives` in that channel before the move completes, then the move completes.
 * Arrivals before the refused cancel are moved correctly.
 */
import type { Command, SystemFactory } from '../../../domain/index.ts';
import { currentOf, heldArrival, heldTwinSystem } from '../lib/wrap.ts';

const NAME = 'blind:refused-cancel-stops-watcher';

const factory: SystemFactory = (world, options) => {
  let moving: string | null = null;
  let cancelRequested = false;
  return heldTwinSystem(NAME, world, options, (inner, overlay) => ({
    before(command: Command) {
      if (command.type !== 'conversation-arrives' || moving === null || !cancelRequested) return undefined;
      const conversation = command.conversation;
      if (currentOf(conversation) !== moving) return undefined;
      if (inner.world().conversations.some((c) => c.id === conversation.id)) return undefined;
      return heldArrival(command, moving, overlay);
    },
    after(command, result, fresh) {
      if (
        command.type === 'cancel-move' &&
        result.status === 'refused' &&
        moving !== null &&
        command.channelId === moving
      ) {
        cancelRequested = true;
      }
      for (const event of fresh) {
        if (event.type === 'move-started') {
          moving = event.channelId;
          cancelRequested = false;
        }
        if (event.type === 'move-completed') {
          moving = null;
          cancelRequested = false;
        }
      }
      return fresh;
    },
  }));
};

export default factory;
