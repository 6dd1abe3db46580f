import { MINUTE } from '../domain/index.ts';
import type { Conversation, SimTime, SystemEvent, Ticket, TicketSla, World } from '../domain/index.ts';
import { DEFAULT_TIMING } from '../machines/index.ts';

/** What a move did, counted the same way for the reference system and the plain loop. */
export interface MoveCounts {
  readonly conversationsMoved: number;
  readonly messagesMoved: number;
  readonly ticketsMoved: number;
  readonly ticketsCreated: number;
  readonly ticketsAssigned: number;
  readonly notifications: number;
  readonly events: number;
  readonly ticketsAfter: number;
  readonly completedAt: SimTime;
}

/** Counts a move's outcome from the world after it and its event log. */
export function countMove(after: World, events: readonly SystemEvent[]): MoveCounts {
  let moved = 0;
  let messages = 0;
  let ticketsMoved = 0;
  let created = 0;
  let assigned = 0;
  let notifications = 0;
  let completedAt = -1;
  for (const event of events) {
    if (event.type === 'conversation-moved') moved += 1;
    else if (event.type === 'ticket-moved') ticketsMoved += 1;
    else if (event.type === 'ticket-created') created += 1;
    else if (event.type === 'ticket-assigned') assigned += 1;
    else if (event.type === 'notification-sent') notifications += 1;
    else if (event.type === 'move-completed') {
      messages = event.messagesMoved;
      completedAt = event.at;
    }
  }
  return {
    conversationsMoved: moved,
    messagesMoved: messages,
    ticketsMoved,
    ticketsCreated: created,
    ticketsAssigned: assigned,
    notifications,
    events: events.length,
    ticketsAfter: after.tickets.length,
    completedAt,
  };
}

/**
 * The floor: the same move (history "all", default policies and timing, notifications as the
 * world has them) written as one plain loop over arrays — no XState, no copy-on-write lists, no
 * seam. It builds the same new world and the same number of events, so the reference system's
 * time divided by this one is what the architecture costs.
 */
export function baselineMove(
  world: World,
  channelId: string,
  actorId: string,
  statuses: { readonly open: string; readonly closed: string },
): { world: World; events: SystemEvent[] } {
  const t = DEFAULT_TIMING;
  const events: SystemEvent[] = [];
  const startedAt = world.clock;
  events.push({ seq: 0, at: startedAt, type: 'move-started', channelId, actorId, history: 'all' });
  events.push({
    seq: 1,
    at: startedAt,
    type: 'banner-shown',
    channelId,
    places: ['inbox-settings', 'inbox'],
  });
  const access = new Map(world.users.map((user) => [user.id, user.helpDeskAccess]));
  const ticketsOf = new Map<string, number[]>();
  world.tickets.forEach((ticket, i) => {
    const list = ticketsOf.get(ticket.conversationId);
    if (list === undefined) ticketsOf.set(ticket.conversationId, [i]);
    else list.push(i);
  });
  const conversations: Conversation[] = world.conversations.slice();
  const tickets: Ticket[] = world.tickets.slice();
  const sla = world.account.sla;
  const notify = world.account.notificationsOn;
  const slaAt = (at: SimTime): TicketSla | null =>
    sla === null
      ? null
      : {
          firstReplyDueAt: at + sla.firstReplyMinutes * MINUTE,
          nextReplyDueAt: at + sla.nextReplyMinutes * MINUTE,
          closeDueAt: at + sla.timeToCloseMinutes * MINUTE,
        };
  let cursor = startedAt;
  let inBatch = 0;
  let moved = 0;
  let messages = 0;
  let created = 0;
  for (let i = 0; i < conversations.length; i++) {
    const c = conversations[i] as Conversation;
    if (c.location !== 'inbox' || c.channelHistory[c.channelHistory.length - 1] !== channelId) continue;
    const at =
      cursor + (inBatch === 0 ? t.msPerBatch : 0) + t.msPerConversation + t.msPerMessage * c.messages.length;
    cursor = at;
    inBatch = inBatch + 1 === t.batchSize ? 0 : inBatch + 1;
    moved += 1;
    messages += c.messages.length;
    events.push({ seq: events.length, at, type: 'conversation-moved', conversationId: c.id, channelId });
    conversations[i] = { ...c, location: 'help-desk' };
    const own = ticketsOf.get(c.id);
    if (own !== undefined) {
      for (const p of own) {
        const ticket = tickets[p] as Ticket;
        if (ticket.location === 'help-desk') continue;
        tickets[p] = { ...ticket, location: 'help-desk', sla: sla === null ? ticket.sla : slaAt(at) };
        events.push({
          seq: events.length,
          at,
          type: 'ticket-moved',
          ticketId: ticket.id,
          conversationId: c.id,
        });
      }
      continue;
    }
    created += 1;
    const ticketId = `base-ticket-${created}`;
    const ownerId = c.ownerId !== null && access.get(c.ownerId) === true ? c.ownerId : null;
    const status = c.status === 'open' ? statuses.open : statuses.closed;
    const createdAt = c.startedAt;
    tickets.push({
      id: ticketId,
      conversationId: c.id,
      subject: c.subject,
      createdAt,
      status,
      ownerId,
      location: 'help-desk',
      sla: slaAt(at),
    });
    const seq = events.length;
    events.push({
      seq,
      at,
      type: 'ticket-created',
      ticketId,
      conversationId: c.id,
      status,
      ownerId,
      createdAt,
    });
    if (ownerId !== null) events.push({ seq: seq + 1, at, type: 'ticket-assigned', ticketId, ownerId });
    if (!notify) continue;
    events.push({
      seq: events.length,
      at,
      type: 'notification-sent',
      reason: 'ticket-created',
      ticketId,
      recipientId: null,
    });
    if (ownerId !== null) {
      events.push({
        seq: events.length,
        at,
        type: 'notification-sent',
        reason: 'ticket-assigned',
        ticketId,
        recipientId: ownerId,
      });
    }
  }
  const doneAt = cursor + t.msToComplete;
  const done = { conversationsMoved: moved, messagesMoved: messages };
  events.push({ seq: events.length, at: doneAt, type: 'move-completed', channelId, ...done });
  events.push({ seq: events.length, at: doneAt, type: 'banner-hidden', channelId });
  const channels = world.channels.map((ch) =>
    ch.id === channelId ? { ...ch, location: 'help-desk' as const } : ch,
  );
  return { world: { ...world, clock: doneAt, channels, conversations, tickets }, events };
}
