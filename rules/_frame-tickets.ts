import type { Ticket } from '../domain/index.ts';
import type { FrameTally } from './_frame-conversations.ts';
import type { FrameFindings } from './_frame-findings.ts';
import { ABSENT, fieldRef, show } from './_frame-findings.ts';
import type { FrameLicences } from './_frame-licences.ts';
import type { TraceIndex } from './trace-index.ts';
import { sameJson } from './canonical.ts';

const FIXED = ['conversationId', 'subject', 'createdAt', 'status'] as const;

function ticketRef(id: string, field: string, pick: (t: Ticket) => unknown) {
  return fieldRef('ticket', id, field, pick);
}

/** Whether the ticket's conversation went from the inbox (or from nowhere) to help desk in this trace. */
function conversationEntered(ix: TraceIndex, conversationId: string): boolean {
  return (
    ix.convsAfter.get(conversationId)?.location === 'help-desk' &&
    ix.convsBefore.get(conversationId)?.location !== 'help-desk'
  );
}

/** Compares an existing ticket after with before: it moves with its conversation, and nothing else. */
function compareTicket(
  ix: TraceIndex,
  licences: FrameLicences,
  out: FrameFindings,
  before: Ticket,
  after: Ticket,
): void {
  const id = after.id;
  // No closure is made per ticket: only when a finding is added.
  const ref = ticketRef;
  for (const field of FIXED) {
    if (before[field] !== after[field]) {
      const allowed = 'a ticket moves as is (HIST-1): no rule or command changes it';
      out.add(
        ref(id, field, (t) => t[field]),
        show(before[field]),
        show(after[field]),
        allowed,
      );
    }
  }
  const moved = before.location === 'inbox' && after.location === 'help-desk';
  if (before.location !== after.location && !(moved && conversationEntered(ix, before.conversationId))) {
    const allowed = moved
      ? `it goes to help desk only with its conversation ${before.conversationId} (HIST-1)`
      : 'nothing takes a ticket back to the inbox';
    out.add(
      ref(id, 'location', (t) => t.location),
      show(before.location),
      show(after.location),
      allowed,
    );
  }
  if (!moved && !sameJson(before.sla, after.sla)) {
    const allowed = 'SLAs are set only on a ticket entering help desk (HIST-4)';
    out.add(
      ref(id, 'sla', (t) => t.sla),
      show(before.sla),
      show(after.sla),
      allowed,
    );
  }
  if (before.ownerId !== after.ownerId) {
    const owner = before.ownerId;
    // OPEN-1 `unassign`: a moved ticket whose owner lacks help desk access loses that owner.
    const unassigned =
      moved &&
      after.ownerId === null &&
      owner !== null &&
      ix.trace.options.policies['OPEN-1'] === 'unassign' &&
      (licences.lackedAccess.has(owner) || !ix.usersBefore.has(owner));
    if (!unassigned) {
      const allowed = 'only OPEN-1 "unassign" clears a moved ticket\'s owner without help desk access';
      out.add(
        ref(id, 'ownerId', (t) => t.ownerId),
        show(owner),
        show(after.ownerId),
        allowed,
      );
    }
  }
}

/**
 * INV-7 for tickets, one pass over the world after (then over the one before only when some
 * ticket is missing): existing tickets keep every field but those their move licenses; a new
 * ticket belongs to a conversation in help desk that had no ticket before, or is new (HIST-2,
 * NEW-1; its field values are HIST-2a/2b/2c's and NEW-1's to judge).
 */
export function frameTickets(ix: TraceIndex, licences: FrameLicences, out: FrameFindings): FrameTally {
  const { trace } = ix;
  const tally: FrameTally = { entities: 0, changed: 0 };
  let kept = 0;
  for (const after of trace.after.tickets) {
    if (ix.ticketsAfter.get(after.id) !== after) continue;
    tally.entities += 1;
    const before = ix.ticketsBefore.get(after.id);
    if (before !== undefined) kept += 1;
    if (before === after) continue;
    tally.changed += 1;
    if (before !== undefined) {
      compareTicket(ix, licences, out, before, after);
      continue;
    }
    const conversation = ix.convsAfter.get(after.conversationId);
    const hadTickets = ix.ticketsBeforeByConv.has(after.conversationId);
    if (conversation?.location !== 'help-desk' || hadTickets) {
      const where =
        conversation === undefined
          ? 'which does not exist'
          : hadTickets
            ? 'which had tickets before'
            : `in the ${conversation.location}`;
      const ref = fieldRef('ticket', after.id, 'existence', () => 'present');
      out.add(
        ref,
        ABSENT,
        `present, for conversation ${after.conversationId} ${where}`,
        'a ticket is created only for a conversation in help desk without one (HIST-2, NEW-1)',
      );
    }
  }
  if (kept < ix.ticketsBefore.size) {
    for (const before of trace.before.tickets) {
      if (ix.ticketsAfter.has(before.id)) continue;
      const ref = fieldRef('ticket', before.id, 'existence', () => 'present');
      out.add(ref, 'present', ABSENT, 'nothing may disappear');
    }
  }
  return tally;
}
