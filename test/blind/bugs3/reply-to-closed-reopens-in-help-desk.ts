/**
 * BUG: after a channel was moved with history "none", a reply to one of its old CLOSED
 * conversations takes that conversation to help desk (with a new ticket), instead of leaving it in
 * the inbox. Replies to old open conversations stay in the inbox, as they should.
 *
 * How it ships: in the inbox, a reply to a closed thread "reopens" it through the same code path
 * as a new incoming conversation (so that it is routed again), and that path now asks the channel
 * where new conversations go — help desk. The OPEN-2 test replies to an open conversation.
 *
 * Breaks: OPEN-2 under its default `stays` (with "none", a new reply to an old conversation of the
 * moved channel stays in the inbox) and HIST-5 (with "none", existing conversations stay in the
 * inbox, untouched).
 *
 * Shows when: a channel moved with history `none` has completed its move; a `reply-arrives` for a
 * `closed` conversation of that channel that is still in the inbox. (While the move still runs the
 * reply is handled right.)
 */
import type { Command, Policies, SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { currentOf, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:reply-to-closed-reopens-in-help-desk';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const factory: SystemFactory = (world, options) => {
  // The inbox reads its routing settings from this object on every incoming message.
  const policies: Mutable<Policies> = { ...options.policies };
  const configured = policies['OPEN-2'];
  const inner = createReferenceSystem(world, { ...options, policies });
  return wrapSystem(NAME, inner, {
    before(command: Command) {
      policies['OPEN-2'] = configured;
      if (command.type !== 'reply-arrives') return undefined;
      const now = inner.world();
      const conversation = now.conversations.find((c) => c.id === command.conversationId);
      if (conversation?.location !== 'inbox' || conversation.status !== 'closed') return undefined;
      const channel = now.channels.find((c) => c.id === currentOf(conversation));
      if (channel?.location !== 'help-desk') return undefined;
      // Reopened as a new conversation of the channel: it goes where new conversations go.
      policies['OPEN-2'] = 'moves';
      return undefined;
    },
    after(_command, _result, fresh) {
      policies['OPEN-2'] = configured;
      return fresh;
    },
  });
};

export default factory;
