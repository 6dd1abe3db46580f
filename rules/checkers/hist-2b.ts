import { scriptHistory, stateWhenProcessed } from '../conversation-at.ts';
import { moveTickets } from '../_move-tickets.ts';
import { traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * HIST-2b: a ticket a move with history "all" creates has the status chosen in the `start-move`
 * command for open or for closed conversations, after the conversation's status when it was
 * processed (OPEN-9) — read from the world before and the script's commands, never from the
 * conversation in the world after (a system that closes conversations as it moves them would pass).
 * Arrivals during the move are processed on the same terms (SEMANTICS.md); a move with history
 * "none" chose no status: its arrivals' tickets follow NEW-1/MOVE-2, not this rule.
 * The `ticket-created` event is a cross-check: disagreeing with the ticket it names is a finding too.
 */
export const hist2b = defineChecker('HIST-2b', (trace) => {
  const ix = traceIndex(trace);
  const history = scriptHistory(ix);
  const policy = trace.options.policies['OPEN-9'];
  const found = new Findings('HIST-2b');
  let checked = 0;
  for (const { created, move, event, ticket } of moveTickets(ix)) {
    const choice = move.history;
    if (choice.kind !== 'all') continue;
    const conv = created.conversationId;
    const step = ix.stepOfEvent[event] ?? -1;
    const processed = stateWhenProcessed(history, move, conv, step, policy);
    if (processed === undefined) continue;
    checked += 1;
    const { status } = processed.state;
    const expected = status === 'open' ? choice.openStatus : choice.closedStatus;
    const actual = ticket?.status ?? created.status;
    const subjects = { conversations: [conv], tickets: [created.ticketId], step };
    if (actual !== expected) {
      found.add(
        `status ${expected ?? '(none)'} (${status} conversation when processed, step ${processed.step + 1})`,
        `status ${actual}`,
        subjects,
      );
    } else if (created.status !== actual) {
      found.add(
        `ticket-created says status ${actual}, as the ticket has`,
        `ticket-created says ${created.status}`,
        subjects,
      );
    }
  }
  return found.verdict(
    checked,
    `checked the status of ${count(checked, 'tickets')} created by moves with history "all"`,
    'no move with history "all" created a ticket',
  );
});
