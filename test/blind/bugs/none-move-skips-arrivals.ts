/**
 * BUG: the "new arrivals during the move" watcher is only registered for moves that take the
 * history ("all conversations"). With "none", conversations that arrive in the channel while it
 * is moving land in the inbox and are never picked up; when the move completes they stay behind in
 * the inbox of a channel that is now in help desk.
 *
 * How it ships: the arrival watcher was implemented inside the history-import job ("the job that
 * walks the channel's conversations also subscribes to new ones"); a "none" move skips the import
 * job entirely, and with it the subscription. The "none" path was tested without traffic.
 *
 * Breaks: MOVE-2 (conversations that newly arrive in a moving channel are moved too: none is left
 * in the inbox). Also NEW-1/INV-3-style fallout: those conversations never get a ticket.
 *
 * Shows when: start-move with history `{ kind: 'none' }`, then a `conversation-arrives` in that
 * channel before the move completes, then the move completes (run-until-idle).
 */
import type { Command, SystemFactory } from '../../../domain/index.ts';
import { currentOf, heldArrival, heldTwinSystem } from '../lib/wrap.ts';

const NAME = 'blind:none-move-skips-arrivals';

const factory: SystemFactory = (world, options) => {
  let movingWithoutHistory: string | null = null;
  return heldTwinSystem(NAME, world, options, (_inner, overlay) => ({
    before(command: Command) {
      if (command.type !== 'conversation-arrives' || movingWithoutHistory === null) return undefined;
      const conversation = command.conversation;
      if (currentOf(conversation) !== movingWithoutHistory) return undefined;
      // No watcher: the conversation is stored in the channel's inbox, out of the move's sight.
      return heldArrival(command, movingWithoutHistory, overlay);
    },
    after(_command, _result, fresh) {
      for (const event of fresh) {
        if (event.type === 'move-started')
          movingWithoutHistory = event.history === 'none' ? event.channelId : null;
        if (event.type === 'move-completed') movingWithoutHistory = null;
      }
      return fresh;
    },
  }));
};

export default factory;
