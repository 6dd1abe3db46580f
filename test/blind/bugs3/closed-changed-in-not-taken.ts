/**
 * BUG: after a channel has been moved to help desk, a conversation that an agent changes INTO that
 * channel is taken to help desk (with a ticket) only when it is OPEN. A closed conversation changed
 * into the moved channel stays in the inbox, without a ticket, although its channel now lives in
 * help desk.
 *
 * How it ships: the help desk intake for a channel listens to "conversation entered channel" and
 * routes it through the same pipeline as a new incoming message, whose first step drops closed
 * threads ("nothing to work on: no ticket for a closed thread"). Reassigning a CLOSED conversation
 * to another channel is rare (agents tidy up old threads) and the NEW-1 tests change open ones.
 *
 * Breaks: NEW-1 (every new conversation in a moved channel — arriving in it or changed into it —
 * arrives in help desk and gets a ticket automatically).
 *
 * Shows when: a channel is in help desk (its move completed); a `change-channel` takes a CLOSED
 * inbox conversation of another channel into it. Open conversations, and arrivals, are right.
 */
import type { Command, SystemFactory } from '../../../domain/index.ts';
import { HELD, heldTwinSystem, unheldConversation } from '../lib/wrap.ts';

const NAME = 'blind:closed-changed-in-not-taken';

const factory: SystemFactory = (world, options) => {
  return heldTwinSystem(NAME, world, options, (inner, overlay) => ({
    before(command: Command) {
      if (command.type !== 'change-channel') return undefined;
      const now = inner.world();
      const target = now.channels.find((c) => c.id === command.toChannelId);
      if (target?.location !== 'help-desk') return undefined;
      const conversation = now.conversations.find((c) => c.id === command.conversationId);
      if (conversation?.location !== 'inbox' || conversation.status !== 'closed') return undefined;
      // The intake drops the closed thread: only its channel history is updated.
      overlay.conversations.set(conversation.id, unheldConversation);
      return { ...command, toChannelId: `${target.id}${HELD}` };
    },
  }));
};

export default factory;
