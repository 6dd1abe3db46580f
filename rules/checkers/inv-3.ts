import type { TraceIndex } from '../trace-index.ts';
import { traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * INV-3: each help desk conversation after has exactly one help desk ticket — or, with OPEN-5
 * `all-move`, exactly the several tickets it already had; a conversation that had tickets never
 * gets a created one, and none gets two (across crashes and restarts too). Ticket IDs are unique.
 */
/**
 * The common case, told without building lists: exactly one help desk ticket and at most one
 * created, for a conversation that had none, or just one ticket and none created (and OPEN-5 does
 * not ask to keep several). Then none of the findings below can apply.
 */
function plainlyRight(ix: TraceIndex, id: string, allMove: boolean): boolean {
  const old = ix.ticketsBeforeByConv.count(id);
  const created = ix.createdByConv.count(id);
  if ((allMove && old > 1) || created > 1 || (old > 0 && created > 0)) return false;
  let inHelpDesk = 0;
  for (const ticket of ix.ticketsAfterByConv.get(id)) if (ticket.location === 'help-desk') inHelpDesk += 1;
  return inHelpDesk === 1;
}

export const inv3 = defineChecker('INV-3', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('INV-3');
  const allMove = trace.options.policies['OPEN-5'] === 'all-move';
  if (ix.ticketsAfter.size !== trace.after.tickets.length) {
    found.add('unique ticket IDs', `${trace.after.tickets.length - ix.ticketsAfter.size} duplicated`, {});
  }
  let checked = 0;
  for (const conv of trace.after.conversations) {
    if (conv.location !== 'help-desk') continue;
    checked += 1;
    if (plainlyRight(ix, conv.id, allMove)) continue;
    const old = ix.ticketsBeforeByConv.get(conv.id);
    const inHelpDesk = ix.ticketsAfterByConv.get(conv.id).filter((t) => t.location === 'help-desk');
    const created = ix.createdByConv.count(conv.id);
    const tickets = inHelpDesk.map((t) => t.id);
    const subjects = { conversations: [conv.id], tickets };
    const keepsAll = allMove && old.length > 1;
    const expected = keepsAll ? old.length : 1;
    if (inHelpDesk.length !== expected) {
      found.add(`${expected} help desk ticket(s)`, `${inHelpDesk.length}`, subjects);
    } else if (old.length > 0 && created > 0) {
      found.add('no ticket created (it had one)', `${created} created`, subjects);
    } else if (created > 1) {
      found.add('at most one ticket created', `${created} created`, subjects);
    } else if (keepsAll && !old.every((t) => tickets.includes(t.id))) {
      found.add(`its own tickets ${old.map((t) => t.id).join(', ')}`, tickets.join(', '), subjects);
    }
  }
  return found.verdict(
    checked,
    `${count(checked, 'help desk conversations')} have exactly their one ticket`,
    'no conversation is in help desk',
  );
});
