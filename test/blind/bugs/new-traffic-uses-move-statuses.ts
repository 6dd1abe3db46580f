/**
 * BUG: after a channel was moved with "all conversations", tickets for NEW conversations in that
 * channel get the statuses chosen for the historical import (open → the "open" status, closed →
 * the "closed" status) instead of the channel's own kept ticket-creation default status.
 *
 * How it ships: the move stores `{ openStatus, closedStatus }` on the channel's help desk
 * connector so the import job can read them, and the live ticket creator was later refactored to
 * read "the connector's status mapping" first, falling back to the channel's default status only
 * when there is none (i.e. for channels moved with "none").
 *
 * Breaks: NEW-1 (a new conversation's ticket follows the channel's kept ticket-creation settings,
 * e.g. its default status, not other defaults) and SET-1 (those settings no longer govern).
 *
 * Shows when: after a move with history `all` has completed, a conversation arrives in (or is
 * changed into) the moved channel and either it is `closed`, or the chosen open status differs from
 * the channel's `ticketCreation.defaultStatus` (or, when that is null, from the pipeline's first
 * status). Generated traffic (open arrivals, first status chosen) usually does not show it.
 */
import type { SystemFactory, Ticket } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { currentOf, Overlay, type Timed, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:new-traffic-uses-move-statuses';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  const overlay = new Overlay();
  const connectorMapping = new Map<string, { open: string; closed: string }>();
  return wrapSystem(NAME, inner, {
    after(command, result, fresh) {
      if (command.type === 'start-move' && result.status === 'accepted' && command.history.kind === 'all') {
        const { openStatus, closedStatus } = command.history;
        if (openStatus !== undefined && closedStatus !== undefined) {
          connectorMapping.set(command.channelId, { open: openStatus, closed: closedStatus });
        }
      }
      // Only the live ticket creator (traffic into a help desk channel), not the move itself.
      if (
        command.type !== 'conversation-arrives' &&
        command.type !== 'change-channel' &&
        command.type !== 'reply-arrives'
      ) {
        return fresh;
      }
      return fresh.map((event): Timed => {
        if (event.type !== 'ticket-created') return event;
        const now = inner.world();
        const conversation = now.conversations.find((c) => c.id === event.conversationId);
        if (conversation === undefined) return event;
        const channelId = currentOf(conversation);
        const channel = now.channels.find((c) => c.id === channelId);
        const mapping = connectorMapping.get(channelId);
        if (channel?.location !== 'help-desk' || mapping === undefined) return event;
        const status = conversation.status === 'closed' ? mapping.closed : mapping.open;
        if (status === event.status) return event;
        overlay.tickets.set(event.ticketId, (t: Ticket) => ({ ...t, status }));
        return { ...event, status };
      });
    },
    world: (w) => overlay.apply(w),
  });
};

export default factory;
