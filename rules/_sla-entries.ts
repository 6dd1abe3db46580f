import type { SimTime, Ticket } from '../domain/index.ts';
import type { MovedRecord } from './_moved.ts';
import type { TraceIndex } from './trace-index.ts';
import { eventAt } from './trace-index.ts';

/** A ticket that entered help desk when its conversation was processed (HIST-4, OPEN-8). */
export interface SlaEntry {
  readonly ticket: Ticket;
  /** The ticket existed before the trace (moved) rather than being created by the processing. */
  readonly old: boolean;
  /** When the log says the conversation was processed (checked against the step's clock). */
  readonly processedAt: SimTime;
  /** The create date the clocks start from under OPEN-8 `at-create-date`: the world before's for a moved ticket. */
  readonly createdAt: SimTime;
}

/**
 * The ticket's entry into help desk by this processing, if it entered then: an inbox ticket of the
 * world before that is now in help desk, or a ticket created for the conversation in the same step.
 * Only a conversation's first `conversation-moved` counts: a ticket enters help desk once.
 */
export function slaEntryOf(ix: TraceIndex, record: MovedRecord, ticket: Ticket): SlaEntry | undefined {
  if (ticket.location !== 'help-desk') return undefined;
  if (ix.movedByConv.head(record.conversationId) !== record.event) return undefined;
  const processedAt = ix.trace.events[record.event]?.at;
  if (processedAt === undefined) return undefined;
  const before = ix.ticketsBefore.get(ticket.id);
  if (before !== undefined) {
    if (before.location !== 'inbox') return undefined;
    return { ticket, old: true, processedAt, createdAt: before.createdAt };
  }
  const createdHere = record.created.some(
    (t) =>
      ix.stepOfEvent[t] === record.step && eventAt(ix.trace, t, 'ticket-created')?.ticketId === ticket.id,
  );
  return createdHere ? { ticket, old: false, processedAt, createdAt: ticket.createdAt } : undefined;
}
