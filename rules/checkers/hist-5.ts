import { withScriptLifecycle } from '../_lifecycle-expected.ts';
import { conversationChanges, keepsMessages, ticketChanges } from '../_same.ts';
import { channelAt, eventAt, eventsOf, traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * HIST-5: with history "none", the conversations that belonged to the channel when the move
 * started stay in the inbox untouched (only new replies appended), their tickets too. Conversations
 * that later changed channel, or got a reply while OPEN-2 is `moves`, are left to OPEN-2/OPEN-3 —
 * except that an existing conversation changed into the channel while it moves is not processed by
 * that move either.
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
    // An existing conversation changed into the channel while it moves is not processed either
    // (SEMANTICS.md: with "none" only arrivals during the move are).
    const end = move.completeEvent ?? trace.events.length;
    for (const e of eventsOf(ix, 'conversation-moved')) {
      if (e <= move.startEvent || e > end) continue;
      const moved = eventAt(trace, e, 'conversation-moved');
      const conv = moved?.conversationId;
      if (moved?.channelId !== move.channelId || conv === undefined || !ix.changesByConv.has(conv)) continue;
      const arrived = ix.arrivedByConv.get(conv);
      const existed = ix.convsBefore.has(conv) || (arrived !== undefined && arrived < move.startEvent);
      if (!existed || channelAt(ix, conv, move.startEvent) === move.channelId) continue;
      found.add('not processed by a move without history (changed in, it existed before the move)', 'moved', {
        conversations: [conv],
        channels: [move.channelId],
        step: ix.stepOfEvent[e] ?? -1,
      });
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
