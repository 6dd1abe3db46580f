/**
 * BUG: a reply to a conversation in help desk is attached to the most recently created help desk
 * ticket of the same CONTACT (sender address), not to the conversation's own ticket. When a
 * contact has several conversations in help desk, replies to the older ones land on the newest
 * ticket.
 *
 * How it ships: moved conversations lose the inbox thread ID used for threading (`In-Reply-To` is
 * mapped to the inbox thread, not the help desk ticket), so help desk falls back to its generic
 * rule "attach to the sender's latest ticket". One-conversation-per-contact fixtures hide it.
 *
 * Breaks: HIST-3 (a new reply to a moved conversation appears in help desk on the conversation's
 * ticket).
 *
 * Shows when: a `reply-arrives` for a conversation in help desk whose contact (`contactEmail`) has
 * another conversation in help desk with a more recently created ticket (e.g. two moved threads of
 * the same customer, or an old thread and a new arrival from them after the move).
 */
import type { SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { type Timed, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:reply-threaded-by-contact';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  return wrapSystem(NAME, inner, {
    after(command, _result, fresh) {
      if (command.type !== 'reply-arrives') return fresh;
      return fresh.map((event): Timed => {
        if (event.type !== 'reply-added' || event.location !== 'help-desk' || event.ticketId === null)
          return event;
        const now = inner.world();
        const sender = now.conversations.find((c) => c.id === event.conversationId)?.contactEmail;
        if (sender === undefined) return event;
        const sameSender = new Set(
          now.conversations
            .filter((c) => c.contactEmail === sender && c.location === 'help-desk')
            .map((c) => c.id),
        );
        let latest: { id: string; createdAt: number } | null = null;
        for (const ticket of now.tickets) {
          if (ticket.location !== 'help-desk' || !sameSender.has(ticket.conversationId)) continue;
          if (latest === null || ticket.createdAt >= latest.createdAt)
            latest = { id: ticket.id, createdAt: ticket.createdAt };
        }
        return latest === null || latest.id === event.ticketId ? event : { ...event, ticketId: latest.id };
      });
    },
  });
};

export default factory;
