import type { Conversation, Policies, SimTime, Ticket, TicketSla } from '../domain/index.ts';
import type { EventLog } from './event-log.ts';
import { slaDueTimes } from './sla-clock.ts';
import type { LifecycleTable } from './lifecycle-table.ts';
import type { TicketIds } from './ticket-ids.ts';
import type { WorldStore } from './world-store.ts';

/** How conversations are taken to help desk in one context (a move, a help desk channel). */
export interface MoveTerms {
  /** The channel named in `conversation-moved`. */
  readonly channelId: string;
  /** Status of a created ticket, after the conversation's status (HIST-2b). */
  readonly openStatus: string;
  readonly closedStatus: string;
  /** OPEN-7: the created ticket is dated at processing time rather than the conversation's start. */
  readonly datedAtProcessing: (conversationId: string) => boolean;
  /** Help desk access of a would-be owner (OPEN-4 decides when it is read). */
  readonly hasAccess: (userId: string) => boolean;
  /** The state and owner a created ticket follows (OPEN-9); the conversation's own when absent. */
  readonly lifecycleOf?: (conversation: Conversation) => ConversationLifecycle;
}

/** What a lifecycle command changes on a conversation (close, reopen, reassign). */
export type ConversationLifecycle = Pick<Conversation, 'status' | 'ownerId'>;

/**
 * Takes one conversation to help desk, as one unit of work (docs/SEMANTICS.md, "Processing a
 * conversation"). The conversation lifecycle is applied through the table derived from
 * `conversationMachine`: it decides whether the conversation can move and whether a ticket may be
 * created (never a second one: INV-3).
 */
export class ConversationMover {
  constructor(
    private readonly store: WorldStore,
    private readonly log: EventLog,
    private readonly lifecycle: LifecycleTable,
    private readonly policies: Policies,
    private readonly notificationsActive: () => boolean,
    private readonly ticketIds: TicketIds,
  ) {}

  /** Moves the conversation at `position`; returns its message count, or -1 when it cannot move. */
  move(position: number, at: SimTime, terms: MoveTerms): number {
    const conversation = this.store.conversations.at(position);
    if (conversation === undefined) return -1;
    const from = conversation.location === 'inbox' ? 'inbox' : 'helpDesk';
    const to = this.lifecycle.next('location', from, 'MOVE_TO_HELP_DESK');
    if (to !== 'helpDesk') return -1;
    const log = this.log;
    log.push({
      seq: log.length,
      at,
      type: 'conversation-moved',
      conversationId: conversation.id,
      channelId: terms.channelId,
    });
    this.store.replaceConversation(position, { ...conversation, location: 'help-desk' });
    // The ticket region of the conversation machine decides: existing tickets move with it
    // (HIST-1); a ticket is created only from `none` (HIST-2), never a second one (INV-3).
    if (this.store.hasTickets(conversation.id, position)) {
      if (this.lifecycle.next('ticket', 'associated', 'TICKET_MOVED') !== undefined) {
        this.moveTickets(conversation.id, at, terms);
      }
    } else if (this.lifecycle.next('ticket', 'none', 'TICKET_CREATED') !== undefined) {
      const state = terms.lifecycleOf?.(conversation) ?? conversation;
      const status = state.status === 'open' ? terms.openStatus : terms.closedStatus;
      const createdAt = terms.datedAtProcessing(conversation.id) ? at : conversation.startedAt;
      // OPEN-9 at-move-start: the ticket follows the owner as it was, not the conversation's now.
      const source = state.ownerId === conversation.ownerId ? conversation : { ...conversation, ...state };
      const slaStart = this.slaStart(at, createdAt);
      this.createTicket(source, at, status, createdAt, terms.hasAccess, position, slaStart);
    }
    return conversation.messages.length;
  }

  /** Creates the conversation's help desk ticket (HIST-2, NEW-1), with its events and notifications. */
  createTicket(
    conversation: Conversation,
    at: SimTime,
    status: string,
    createdAt: SimTime,
    hasAccess: (userId: string) => boolean,
    conversationPosition?: number,
    // NEW-2: a ticket created on arrival in a help desk channel starts its SLA clocks at once.
    slaStart: SimTime = at,
  ): void {
    const owner = conversation.ownerId;
    const ownerId = owner !== null && hasAccess(owner) ? owner : null;
    const ticketId = this.ticketIds.next();
    const sla = this.slaFrom(slaStart);
    const ticket: Ticket = {
      id: ticketId,
      conversationId: conversation.id,
      subject: conversation.subject,
      createdAt,
      status,
      ownerId,
      location: 'help-desk',
      sla,
    };
    this.store.addTicket(ticket, conversationPosition);
    const conversationId = conversation.id;
    const log = this.log;
    log.push({
      seq: log.length,
      at,
      type: 'ticket-created',
      ticketId,
      conversationId,
      status,
      ownerId,
      createdAt,
    });
    if (ownerId !== null) log.push({ seq: log.length, at, type: 'ticket-assigned', ticketId, ownerId });
    if (!this.notificationsActive()) return;
    const reason = 'ticket-created';
    log.push({ seq: log.length, at, type: 'notification-sent', reason, ticketId, recipientId: null });
    if (ownerId !== null) {
      const assigned = 'ticket-assigned';
      log.push({
        seq: log.length,
        at,
        type: 'notification-sent',
        reason: assigned,
        ticketId,
        recipientId: ownerId,
      });
    }
  }

  private moveTickets(conversationId: string, at: SimTime, terms: MoveTerms): void {
    const positions = this.positionsToMove(conversationId);
    const unassign = this.policies['OPEN-1'] === 'unassign';
    for (const position of positions) {
      const ticket = this.store.tickets.at(position);
      if (ticket === undefined || ticket.location === 'help-desk') continue;
      const owner = ticket.ownerId;
      const dropOwner = unassign && owner !== null && !terms.hasAccess(owner);
      this.store.replaceTicket(position, {
        ...ticket,
        location: 'help-desk',
        sla: this.store.account.sla === null ? ticket.sla : this.slaFrom(this.slaStart(at, ticket.createdAt)),
        ownerId: dropOwner ? null : owner,
      });
      // Literals, not append's spread copy (out-of-object properties): ~200k events at 1M.
      const log = this.log;
      const ticketId = ticket.id;
      log.push({ seq: log.length, at, type: 'ticket-moved', ticketId, conversationId });
      if (dropOwner) log.push({ seq: log.length, at, type: 'ticket-assigned', ticketId, ownerId: null });
    }
  }

  /** OPEN-5: every ticket, or only the most recently created one (the later one on a tie). */
  private positionsToMove(conversationId: string): readonly number[] {
    const positions = this.store.ticketPositions(conversationId);
    if (this.policies['OPEN-5'] === 'all-move' || positions.length < 2) return positions;
    let latest: number | undefined;
    for (const position of positions) {
      const ticket = this.store.tickets.at(position);
      const best = latest === undefined ? undefined : this.store.tickets.at(latest);
      if (ticket !== undefined && (best === undefined || ticket.createdAt >= best.createdAt))
        latest = position;
    }
    return latest === undefined ? [] : [latest];
  }

  /** OPEN-8: the SLA clocks of a moved or back-dated ticket start on entry to help desk, or at its create date. */
  private slaStart(at: SimTime, createdAt: SimTime): SimTime {
    return this.policies['OPEN-8'] === 'at-create-date' ? createdAt : at;
  }

  /** SLA due times counted from `start` in the account's schedule (HIST-4, NEW-2): 24/7 or operating hours. */
  private slaFrom(start: SimTime): TicketSla | null {
    const sla = this.store.account.sla;
    return sla === null ? null : slaDueTimes(sla, start);
  }
}
