/**
 * BUG: the inbox de-duplicates incoming conversations by looking their ID up in the INBOX threads
 * table only. Once a conversation has been taken to help desk (by a move, or because it arrived in
 * a channel already in help desk), a redelivery of the same conversation — a webhook retried after
 * a timeout, a mailbox re-sync — is not recognised: it is stored a second time, as a new inbox
 * conversation with the same ID, and stays there (the move that took the first copy is over, or
 * has already processed that ID and skips it).
 *
 * How it ships: before help desk existed, "is this ID known?" and "is it in the inbox?" were the
 * same question. Redelivery tests deliver the same conversation twice while it is still in the
 * inbox (the idempotent case), never after it has moved.
 *
 * Breaks: INV-1 (no conversation is lost or duplicated: each exists exactly once, in the inbox or
 * in help desk) — and, for a channel in help desk, NEW-1/MOVE-2 (its copy sits in the inbox).
 *
 * Shows when: a `conversation-arrives` with the ID of a conversation that is already in help desk
 * (a moved historical conversation redelivered, or an arrival processed by a move or landed in a
 * help desk channel, delivered again). Redeliveries of inbox conversations are idempotent.
 */
import type { Command, Conversation, SystemFactory, World } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { currentOf, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:redelivery-after-move-duplicates';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  /** Second copies stored by the inbox, in the order they came. */
  const copies: Conversation[] = [];
  return wrapSystem(NAME, inner, {
    before(command: Command) {
      if (command.type !== 'conversation-arrives') return undefined;
      const incoming = command.conversation;
      const now = inner.world();
      const known = now.conversations.find((c) => c.id === incoming.id);
      if (known?.location !== 'help-desk') return undefined;
      if (copies.some((c) => c.id === incoming.id)) return { intercept: { status: 'accepted' } };
      const channelId = currentOf(incoming);
      if (!now.channels.some((c) => c.id === channelId)) return undefined;
      copies.push({ ...incoming, location: 'inbox' });
      return {
        intercept: { status: 'accepted' },
        events: [
          {
            type: 'conversation-arrived',
            conversationId: incoming.id,
            channelId,
            location: 'inbox',
            at: now.clock,
          },
        ],
      };
    },
    world(w: World): World {
      if (copies.length === 0) return w;
      return { ...w, conversations: [...w.conversations, ...copies] };
    },
  });
};

export default factory;
