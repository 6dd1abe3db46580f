import type {
  Conversation,
  EventBody,
  HistoryChoice,
  SimTime,
  SystemOptions,
  Ticket,
  TicketSla,
  World,
} from '../../../domain/index.ts';
import { MINUTE } from '../../../domain/index.ts';

/** SLA due times of a ticket created or moved at `at`, when the account has SLAs. */
export function slaDue(world: World, at: SimTime): TicketSla | null {
  const sla = world.account.sla;
  if (sla === null) return null;
  return {
    firstReplyDueAt: at + sla.firstReplyMinutes * MINUTE,
    nextReplyDueAt: at + sla.nextReplyMinutes * MINUTE,
    closeDueAt: at + sla.timeToCloseMinutes * MINUTE,
  };
}

export interface ProcessContext {
  readonly at: SimTime;
  readonly history: HistoryChoice;
  /** The world whose users' access decides ownership (OPEN-4). */
  readonly accessWorld: World;
  readonly notify: boolean;
  readonly arrivedDuringMove: boolean;
  readonly log: (body: EventBody) => void;
}

/** Moves one conversation to help desk as SEMANTICS.md's "Processing a conversation" says. */
export function processConversation(
  world: World,
  conversation: Conversation,
  opts: SystemOptions,
  ctx: ProcessContext,
): Pick<World, 'conversations' | 'tickets'> {
  const channelId = conversation.channelHistory[conversation.channelHistory.length - 1] ?? '';
  const hasAccess = (userId: string | null) =>
    userId !== null && ctx.accessWorld.users.some((u) => u.id === userId && u.helpDeskAccess);
  ctx.log({ type: 'conversation-moved', conversationId: conversation.id, channelId });
  const conversations = world.conversations.map((c) =>
    c.id === conversation.id ? { ...c, location: 'help-desk' as const } : c,
  );
  const own = world.tickets.filter((t) => t.conversationId === conversation.id);
  let tickets = world.tickets;
  if (own.length > 0) {
    const latest = Math.max(...own.map((t) => t.createdAt));
    const moving =
      opts.policies['OPEN-5'] === 'all-move' ? own : own.filter((t) => t.createdAt === latest).slice(0, 1);
    const ids = new Set(moving.map((t) => t.id));
    tickets = tickets.map((t) => {
      if (!ids.has(t.id)) return t;
      ctx.log({ type: 'ticket-moved', ticketId: t.id, conversationId: conversation.id });
      const unassign = opts.policies['OPEN-1'] === 'unassign' && t.ownerId !== null && !hasAccess(t.ownerId);
      if (unassign) ctx.log({ type: 'ticket-assigned', ticketId: t.id, ownerId: null });
      return {
        ...t,
        location: 'help-desk' as const,
        sla: slaDue(world, ctx.at),
        ownerId: unassign ? null : t.ownerId,
      };
    });
  } else {
    const statuses = world.account.pipeline.statuses;
    const status =
      ctx.history.kind === 'all'
        ? ((conversation.status === 'open' ? ctx.history.openStatus : ctx.history.closedStatus) ?? '')
        : (statuses[0] ?? '');
    const createdAt =
      ctx.arrivedDuringMove && opts.policies['OPEN-7'] === 'processing-time'
        ? ctx.at
        : conversation.startedAt;
    const ownerId = hasAccess(conversation.ownerId) ? conversation.ownerId : null;
    const ticket: Ticket = {
      id: `t-${conversation.id}`,
      conversationId: conversation.id,
      subject: conversation.subject,
      createdAt,
      status,
      ownerId,
      location: 'help-desk',
      sla: slaDue(world, ctx.at),
    };
    tickets = [...tickets, ticket];
    ctx.log({
      type: 'ticket-created',
      ticketId: ticket.id,
      conversationId: conversation.id,
      status,
      ownerId,
      createdAt,
    });
    if (ctx.notify)
      ctx.log({
        type: 'notification-sent',
        reason: 'ticket-created',
        ticketId: ticket.id,
        recipientId: null,
      });
    if (ownerId !== null) {
      ctx.log({ type: 'ticket-assigned', ticketId: ticket.id, ownerId });
      if (ctx.notify)
        ctx.log({
          type: 'notification-sent',
          reason: 'ticket-assigned',
          ticketId: ticket.id,
          recipientId: ownerId,
        });
    }
  }
  return { conversations, tickets };
}
