/**
 * BUG: for CLOSED conversations, the ticket the move creates is dated at the conversation's last
 * activity (its last message) instead of the conversation's start date.
 *
 * How it ships: the inbox export API returns a `date` field that is the start date for open
 * threads but the close/last-activity date for closed ones ("what the inbox list shows"); the
 * migration maps `ticket.createdAt = thread.date`. Fixtures of closed threads have one message, so
 * both dates coincide.
 *
 * Breaks: HIST-2a (the new ticket's create date equals the conversation's start date).
 *
 * Shows when: a move with history `all` processes a closed conversation without a ticket whose
 * last message is later than its start (any closed conversation with two or more messages).
 */
import type { SystemFactory, Ticket } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { nextUnit, Overlay, type Timed, type Unit, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:closed-thread-dated-last-activity';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  const overlay = new Overlay();
  return wrapSystem(NAME, inner, {
    after(command, _result, fresh) {
      // The import job runs inside the clock: advance / run-until-idle.
      if (command.type !== 'advance' && command.type !== 'run-until-idle') return fresh;
      // Every conversation processed inside the clock is processed by the move.
      let unit: Unit | null = null;
      let conversations: Map<string, { status: string; last: number | undefined }> | null = null;
      return fresh.map((event): Timed => {
        unit = nextUnit(unit, event);
        if (event.type !== 'ticket-created' || unit === null) return event;
        conversations ??= new Map(
          inner
            .world()
            .conversations.map((c) => [
              c.id,
              { status: c.status, last: c.messages[c.messages.length - 1]?.at },
            ]),
        );
        const thread = conversations.get(event.conversationId);
        if (thread === undefined || thread.status !== 'closed' || thread.last === undefined) return event;
        const createdAt = thread.last;
        if (createdAt === event.createdAt) return event;
        overlay.tickets.set(event.ticketId, (t: Ticket) => ({ ...t, createdAt }));
        return { ...event, createdAt };
      });
    },
    world: (w) => overlay.apply(w),
  });
};

export default factory;
