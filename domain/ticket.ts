import type { SimTime } from './time.ts';

/** SLA due times set on a help desk ticket when help desk SLAs apply (NEW-2, HIST-4). */
export interface TicketSla {
  readonly firstReplyDueAt: SimTime;
  readonly nextReplyDueAt: SimTime;
  readonly closeDueAt: SimTime;
}

export interface Ticket {
  readonly id: string;
  /** In the inbox a ticket is associated with one conversation. */
  readonly conversationId: string;
  readonly subject: string;
  readonly createdAt: SimTime;
  /** A status name of the account's pipeline. */
  readonly status: string;
  readonly ownerId: string | null;
  readonly location: 'inbox' | 'help-desk';
  /** Null until help desk SLAs apply to the ticket. */
  readonly sla: TicketSla | null;
}
