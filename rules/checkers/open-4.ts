import { scriptHistory, stateWhenProcessed } from '../conversation-at.ts';
import { moveTickets } from '../_move-tickets.ts';
import { accessAt, traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * OPEN-4: when an owner's help desk access at ticket creation differs from that at move start, the
 * created ticket's owner follows access at creation (`at-ticket-creation`) or at start (`at-move-start`).
 */
export const open4 = defineChecker('OPEN-4', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('OPEN-4');
  const atStart = trace.options.policies['OPEN-4'] === 'at-move-start';
  const history = scriptHistory(ix);
  const lifecycle = trace.options.policies['OPEN-9'];
  let checked = 0;
  for (const { created, move, event, ticket } of moveTickets(ix)) {
    // The owner the ticket follows (OPEN-9), from the script, not the world after (a later reassign).
    const step = ix.stepOfEvent[event] ?? -1;
    const processed = stateWhenProcessed(history, move, created.conversationId, step, lifecycle);
    const owner = processed?.state.ownerId ?? null;
    if (owner === null) continue;
    const atCreation = accessAt(ix, owner, event);
    const whenStarted = accessAt(ix, owner, move.startEvent);
    if (atCreation === whenStarted) continue;
    checked += 1;
    const expected = (atStart ? whenStarted : atCreation) ? owner : null;
    const actual = ticket?.ownerId ?? created.ownerId;
    if (actual !== expected) {
      found.add(`owner ${expected ?? 'none'}`, `owner ${actual ?? 'none'}`, {
        tickets: [created.ticketId],
        conversations: [created.conversationId],
        users: [owner],
        step: ix.stepOfEvent[event] ?? -1,
      });
    }
  }
  return found.verdict(
    checked,
    `${count(checked, 'tickets')} whose owner's access changed mid-move followed "${trace.options.policies['OPEN-4']}"`,
    "no ticket was created after its owner's help desk access changed during the move",
  );
});
