/**
 * BUG: when the move processes a conversation that already has SEVERAL tickets, it moves them all
 * (right, OPEN-5 `all-move`) but ALSO creates a new ticket for the conversation. The mover asks
 * `associatedTicket(conversation)`, which returns null when the association is ambiguous (more than
 * one ticket), and null means "no ticket: create one"; the bulk "move every ticket of this
 * conversation" statement runs independently of that answer.
 *
 * How it ships: `associatedTicket` came from the inbox, where a conversation has one ticket; the
 * "several tickets" case was added to the data model later (merges, re-opened threads) and the
 * helper was made to return null on ambiguity "to be safe". Conversations with one or no ticket —
 * all fixtures — behave perfectly.
 *
 * Breaks: INV-3 (every conversation in help desk has exactly one associated ticket — with OPEN-5
 * `all-move` exactly the ones it had, and none is created for it) and OPEN-5's default answer
 * ("all move, none created"); INV-7 (a new ticket for a conversation that had tickets).
 *
 * Shows when: a move processes an inbox conversation with two or more tickets (generated worlds:
 * ~5% of ticketed conversations have 2–3; a move with history `all` of their channel, or such a
 * conversation changed into the moving channel).
 */
import type { Conversation, SimTime, SystemFactory, Ticket } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { slaDueTimes } from '../../../machines/sla-clock.ts';
import { nextUnit, Overlay, type Timed, type Unit, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:ambiguous-ticket-recreated';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  const overlay = new Overlay();
  const taken = new Set(world.tickets.map((t) => t.id));
  let minted = 0;
  let move: { channelId: string; open: string; closed: string } | null = null;

  const mint = (): string => {
    let id: string;
    do {
      minted += 1;
      id = `hd-ticket-${minted}`;
    } while (taken.has(id));
    taken.add(id);
    return id;
  };

  /** The "create one" branch the ambiguous answer sends the mover into. */
  const recreate = (conversation: Conversation, at: SimTime): Timed[] => {
    if (move === null) return [];
    const now = inner.world();
    const owner = conversation.ownerId;
    const ownerId =
      owner !== null && now.users.some((u) => u.id === owner && u.helpDeskAccess) ? owner : null;
    const sla = now.account.sla;
    const start = options.policies['OPEN-8'] === 'at-create-date' ? conversation.startedAt : at;
    const ticket: Ticket = {
      id: mint(),
      conversationId: conversation.id,
      subject: conversation.subject,
      createdAt: conversation.startedAt,
      status: conversation.status === 'open' ? move.open : move.closed,
      ownerId,
      location: 'help-desk',
      sla: sla === null ? null : slaDueTimes(sla, start),
    };
    overlay.extraTickets.push(ticket);
    const events: Timed[] = [
      {
        at,
        type: 'ticket-created',
        ticketId: ticket.id,
        conversationId: ticket.conversationId,
        status: ticket.status,
        ownerId,
        createdAt: ticket.createdAt,
      },
    ];
    if (ownerId !== null) events.push({ at, type: 'ticket-assigned', ticketId: ticket.id, ownerId });
    if (now.account.notificationsOn) {
      events.push({
        at,
        type: 'notification-sent',
        reason: 'ticket-created',
        ticketId: ticket.id,
        recipientId: null,
      });
      if (ownerId !== null) {
        events.push({
          at,
          type: 'notification-sent',
          reason: 'ticket-assigned',
          ticketId: ticket.id,
          recipientId: ownerId,
        });
      }
    }
    return events;
  };

  return wrapSystem(NAME, inner, {
    after(command, result, fresh) {
      if (command.type === 'start-move' && result.status === 'accepted') {
        const first = inner.world().account.pipeline.statuses[0] ?? 'New';
        const history = command.history;
        move = {
          channelId: command.channelId,
          open: history.kind === 'all' ? (history.openStatus ?? first) : first,
          closed: history.kind === 'all' ? (history.closedStatus ?? first) : first,
        };
      }
      if (move === null) return fresh;
      const movingChannel = move.channelId;
      const out: Timed[] = [];
      let unit: Unit | null = null;
      let moved = 0; // tickets moved in the current unit
      const flush = (): void => {
        if (unit !== null && moved >= 2) {
          const conversation = inner.world().conversations.find((c) => c.id === unit?.conversationId);
          if (conversation !== undefined) out.push(...recreate(conversation, unit.at));
        }
        moved = 0;
      };
      for (const event of fresh) {
        const next = nextUnit(unit, event);
        if (next !== unit) {
          flush();
          unit = next;
        }
        if (event.type === 'ticket-moved' && unit !== null && unit.channelId === movingChannel) {
          moved += 1;
        }
        if (event.type === 'move-completed') {
          flush();
          unit = null;
          out.push(event);
          move = null;
          continue;
        }
        out.push(event);
      }
      flush();
      return out;
    },
    world: (w) => overlay.apply(w),
  });
};

export default factory;
