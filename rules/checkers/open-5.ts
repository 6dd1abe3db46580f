import type { Ticket } from '../../domain/index.ts';
import { movedRecords } from '../_moved.ts';
import { traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * OPEN-5: a moved conversation that had several tickets takes all of them to help desk
 * (`all-move`) or only its most recently created one, the others staying in the inbox
 * (`most-recent-moves`); no ticket is created for it either way.
 */
export const open5 = defineChecker('OPEN-5', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('OPEN-5');
  const allMove = trace.options.policies['OPEN-5'] === 'all-move';
  let checked = 0;
  for (const { conversationId: conv, ticketsBefore: old, created: createdEvents, step } of movedRecords(ix)) {
    if (old.length < 2) continue;
    checked += 1;
    const latest = Math.max(...old.map((t) => t.createdAt));
    const where = (t: Ticket) => ix.ticketsAfter.get(t.id)?.location;
    const moved = old.filter((t) => where(t) === 'help-desk');
    const ok = allMove
      ? moved.length === old.length
      : moved.length === 1 && moved.every((t) => t.createdAt === latest);
    const inHelpDesk = moved.length;
    const subjects = { conversations: [conv], tickets: old.map((t) => t.id), step };
    const created = createdEvents.length;
    if (created > 0) found.add('no ticket created', `${created} created`, subjects);
    else if (!ok) {
      found.add(
        allMove ? `all ${old.length} tickets in help desk` : 'only the most recent ticket in help desk',
        `${inHelpDesk} in help desk`,
        subjects,
      );
    }
  }
  return found.verdict(
    checked,
    `${count(checked, 'conversations with several tickets')} moved per "${trace.options.policies['OPEN-5']}"`,
    'no conversation with several tickets was moved',
  );
});
