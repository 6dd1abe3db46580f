/**
 * BUG: when the move processes a conversation, the statement that takes "its" tickets to help desk
 * matches tickets by a PREFIX of the conversation ID (`WHERE conversation_id LIKE :id || '%'`)
 * instead of equality. Processing `conv-1` also takes the inbox tickets of `conv-10` … `conv-19`,
 * `conv-100` …, whatever their channel, while those conversations stay in the inbox. (Whether the
 * processed conversation gets a new ticket is decided by an exact lookup, which is right.)
 *
 * How it ships: the statement was written for a search index where the conversation ID was stored
 * with a suffix (`conv-1#thread`) and the LIKE stripped it; the index went away, the LIKE stayed.
 * Fixture IDs are UUID-like or letters (`conv-a`, `conv-b`), which are never prefixes of each
 * other; generated IDs (`conv-<n>`) are.
 *
 * Breaks: INV-4 (tickets of other channels are untouched), INV-7 (a ticket's location changes
 * while its conversation did not go to help desk), INV-1/HIST-9 spirit (a conversation left in the
 * inbox whose ticket is in help desk).
 *
 * Shows when: a move processes a conversation whose ID is a proper prefix of the ID of another
 * conversation that is still in the inbox and has a ticket there (e.g. conv-1 and conv-12), most
 * visibly when that other conversation belongs to a channel that is not moved.
 */
import type { SimTime, SystemFactory, Ticket } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { slaDueTimes } from '../../../machines/sla-clock.ts';
import { nextUnit, Overlay, type Timed, type Unit, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:tickets-matched-by-id-prefix';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  const overlay = new Overlay();
  const fromCreateDate = options.policies['OPEN-8'] === 'at-create-date';
  /** Tickets the LIKE took to help desk ahead of their own conversation. */
  const early = new Set<string>();
  let movingChannel: string | null = null;

  const sweep = (conversationId: string, at: SimTime): Timed[] => {
    const now = inner.world();
    const inbox = new Set(now.conversations.filter((c) => c.location === 'inbox').map((c) => c.id));
    const events: Timed[] = [];
    for (const ticket of now.tickets) {
      if (ticket.conversationId === conversationId || !ticket.conversationId.startsWith(conversationId))
        continue;
      if (ticket.location !== 'inbox' || early.has(ticket.id) || !inbox.has(ticket.conversationId)) continue;
      early.add(ticket.id);
      const sla = now.account.sla;
      const due = sla === null ? null : slaDueTimes(sla, fromCreateDate ? ticket.createdAt : at);
      overlay.tickets.set(ticket.id, (t: Ticket) => ({ ...t, location: 'help-desk', sla: due ?? t.sla }));
      events.push({ at, type: 'ticket-moved', ticketId: ticket.id, conversationId: ticket.conversationId });
    }
    return events;
  };

  return wrapSystem(NAME, inner, {
    after(_command, _result, fresh) {
      const out: Timed[] = [];
      let unit: Unit | null = null;
      let pending: Timed[] = [];
      for (const event of fresh) {
        if (event.type === 'move-started') movingChannel = event.channelId;
        const next = nextUnit(unit, event);
        if (next !== unit) {
          out.push(...pending);
          pending = [];
          unit = next;
          if (unit !== null && unit.channelId === movingChannel)
            pending = sweep(unit.conversationId, unit.at);
        }
        if (event.type === 'move-completed') movingChannel = null;
        // A ticket the LIKE already took is not moved again when its own conversation's turn comes.
        if (event.type === 'ticket-moved' && early.has(event.ticketId)) continue;
        if (event.type === 'ticket-assigned' && event.ownerId === null && early.has(event.ticketId)) continue;
        out.push(event);
      }
      out.push(...pending);
      return out;
    },
    world: (w) => overlay.apply(w),
  });
};

export default factory;
