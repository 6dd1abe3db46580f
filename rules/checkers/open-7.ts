import { formatSimTime } from '../../domain/index.ts';
import { moveTickets } from '../_move-tickets.ts';
import { scriptHistory } from '../_script-history.ts';
import { traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * OPEN-7: a ticket created for a conversation that arrived during the move is dated at the
 * conversation's own start (`own-start-date`) or at the time it was processed (`processing-time`).
 */
export const open7 = defineChecker('OPEN-7', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('OPEN-7');
  const ownStart = trace.options.policies['OPEN-7'] === 'own-start-date';
  const history = scriptHistory(ix);
  let checked = 0;
  for (const { created, historical, event, ticket } of moveTickets(ix)) {
    const at = trace.events[event]?.at;
    // The start date as the harness sent it (its arrival command), not as the world after has it:
    // a system that rewrote the conversation's start date would otherwise be judged by its own word.
    const origin = history.origin(created.conversationId);
    if (historical || origin === undefined || at === undefined) continue;
    checked += 1;
    const expected = ownStart ? origin.startedAt : at;
    const actual = ticket?.createdAt ?? created.createdAt;
    if (created.createdAt !== expected || actual !== expected) {
      found.add(`createdAt ${formatSimTime(expected)}`, `createdAt ${formatSimTime(actual)}`, {
        conversations: [created.conversationId],
        tickets: [created.ticketId],
        step: ix.stepOfEvent[event] ?? -1,
      });
    }
  }
  return found.verdict(
    checked,
    `${count(checked, 'tickets')} of conversations arriving mid-move dated per "${trace.options.policies['OPEN-7']}"`,
    'no ticket was created for a conversation that arrived during a move',
  );
});
