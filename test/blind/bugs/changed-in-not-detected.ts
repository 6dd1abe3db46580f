/**
 * BUG: while a channel is moving with "all conversations", a conversation that an agent changes
 * INTO that channel is not picked up by the move. The move only watches "conversation created in
 * channel" events, not "conversation changed channel" events; the conversation stays in the inbox
 * although its current channel is now in help desk.
 *
 * How it ships: the move's queue is fed by the channel's "new conversation" webhook; a channel
 * reassignment emits a different event (`conversation.channel_changed`) nobody subscribed to.
 * Reassigning conversations between inboxes during a migration is rare in QA.
 *
 * Breaks: HIST-9 (with "all", every conversation whose current channel is the moved channel when it
 * is processed — OPEN-3 `at-processing`, the default — ends in help desk; none stays in the inbox),
 * hence OPEN-3's default answer, and arguably MOVE-2 (none left in the inbox of the moved channel).
 *
 * Shows when: start-move with history `all`, then a `change-channel` of an inbox conversation of
 * another channel into the moving channel before the move completes, then run-until-idle.
 * (Under OPEN-3 `at-move-start` the behaviour coincides with the policy.)
 */
import type { Command, SystemFactory } from '../../../domain/index.ts';
import { HELD, heldTwinSystem, unheldConversation } from '../lib/wrap.ts';

const NAME = 'blind:changed-in-not-detected';

const factory: SystemFactory = (world, options) => {
  let movingWithHistory: string | null = null;
  return heldTwinSystem(NAME, world, options, (inner, overlay) => ({
    before(command: Command) {
      if (command.type !== 'change-channel' || movingWithHistory === null) return undefined;
      if (command.toChannelId !== movingWithHistory) return undefined;
      const conversation = inner.world().conversations.find((c) => c.id === command.conversationId);
      if (conversation === undefined || conversation.location !== 'inbox') return undefined;
      overlay.conversations.set(conversation.id, unheldConversation);
      return { ...command, toChannelId: `${movingWithHistory}${HELD}` };
    },
    after(_command, _result, fresh) {
      for (const event of fresh) {
        if (event.type === 'move-started')
          movingWithHistory = event.history === 'all' ? event.channelId : null;
        if (event.type === 'move-completed') movingWithHistory = null;
      }
      return fresh;
    },
  }));
};

export default factory;
