import { withScriptLifecycle } from '../_lifecycle-expected.ts';
import { conversationChanges, keepsMessages, ticketChanges } from '../_same.ts';
import { channelAt, eventsOf, traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * HIST-5: with history "none", the conversations that belonged to the channel when the move
 * started stay in the inbox untouched (only new replies appended), their tickets too. Conversations
 * that later changed channel, or got a reply while OPEN-2 is `moves`, are left to OPEN-2/OPEN-3.
 */
export const hist5 = defineChecker('HIST-5', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('HIST-5');
  const replyMoves = trace.options.policies['OPEN-2'] === 'moves';
  const replied = new Set<string>();
  for (const step of trace.steps) {
    if (step.command.type === 'reply-arrives') replied.add(step.command.conversationId);
  }
  let checked = 0;
  for (const move of ix.moves) {
    if (move.history.kind !== 'none') continue;
    for (const before of trace.before.conversations) {
      if (before.location !== 'inbox' || channelAt(ix, before.id, move.startEvent) !== move.channelId)
        continue;
      if (ix.changesByConv.has(before.id) || (replyMoves && replied.has(before.id))) continue;
      checked += 1;
      const after = ix.convsAfter.get(before.id);
      const subjects = { conversations: [before.id], channels: [move.channelId], step: move.startStep };
      // Closing, reopening or reassigning it is the script's doing, not the move's (OPEN-9).
      const expected = withScriptLifecycle(ix, before);
      const changed = after === undefined ? ['missing'] : [...conversationChanges(expected, after)];
      if (after !== undefined && !keepsMessages(before, after)) changed.push('messages');
      if (ix.movedByConv.has(before.id)) changed.push('moved');
      for (const ticket of ix.ticketsBeforeByConv.get(before.id)) {
        const later = ix.ticketsAfter.get(ticket.id);
        if (later === undefined || ticketChanges(ticket, later).length > 0)
          changed.push(`ticket ${ticket.id}`);
      }
      if (changed.length > 0)
        found.add('left in the inbox untouched', `changed: ${changed.join(', ')}`, subjects);
    }
  }
  const moves = ix.moves.filter((move) => move.history.kind === 'none').length;
  return found.verdict(
    checked,
    `${count(checked, 'old conversations')} stayed untouched in ${count(moves, 'moves')} without history`,
    eventsOf(ix, 'move-started').length === 0
      ? 'no move was started'
      : 'no move without history had old conversations',
  );
});
