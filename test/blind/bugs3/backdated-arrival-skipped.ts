/**
 * BUG: while a channel is moving, the "new arrivals" watcher only takes conversations that STARTED
 * after the move started (`conversation.startedAt >= move.startedAt`): older ones are assumed to be
 * covered by the history import. A conversation delivered late — an email that sat in a mail queue,
 * a form submission retried by the browser, a chat transcript synced after an outage — arrives
 * during the move with a start date before it. The history import (history `all`) took its list when
 * the move started, and a move with history `none` never imports old conversations: either way the
 * late conversation lands in the inbox and is never picked up. When the move completes it is still
 * in the inbox of a channel that is now in help desk, without a ticket.
 *
 * How it ships: the filter was added to avoid moving a conversation twice when the history import
 * and the watcher overlapped ("the import handles everything older than the start"). Test arrivals
 * are always dated at the moment they are delivered.
 *
 * Breaks: MOVE-2 (conversations that newly arrive in a moving channel are detected and moved too:
 * none is left in the inbox), with history `none` and `all` alike; hence also the channel's inbox
 * is not empty after MOVE-6's completion.
 *
 * Shows when: a move runs (either history choice) and a `conversation-arrives` in the moving channel
 * carries a `startedAt` earlier than the instant the move started; then the move completes.
 * Arrivals dated at or after the start are moved correctly.
 */
import type { Command, SimTime, SystemFactory } from '../../../domain/index.ts';
import { currentOf, heldArrival, heldTwinSystem } from '../lib/wrap.ts';

const NAME = 'blind:backdated-arrival-skipped';

const factory: SystemFactory = (world, options) => {
  let moving: { channelId: string; startedAt: SimTime } | null = null;
  return heldTwinSystem(NAME, world, options, (inner, overlay) => ({
    before(command: Command) {
      if (command.type !== 'conversation-arrives' || moving === null) return undefined;
      const conversation = command.conversation;
      if (currentOf(conversation) !== moving.channelId) return undefined;
      if (conversation.startedAt >= moving.startedAt) return undefined;
      // A redelivery of a known conversation is left to the inner system (idempotent).
      if (inner.world().conversations.some((c) => c.id === conversation.id)) return undefined;
      // Older than the move: the watcher ignores it, so it is stored out of the move's sight.
      return heldArrival(command, moving.channelId, overlay);
    },
    after(_command, _result, fresh) {
      for (const event of fresh) {
        if (event.type === 'move-started') moving = { channelId: event.channelId, startedAt: event.at };
        if (event.type === 'move-completed') moving = null;
      }
      return fresh;
    },
  }));
};

export default factory;
