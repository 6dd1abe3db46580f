import { channelAt, eventAt, eventsOf, traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * OPEN-2: after a move with history "none" has completed, a reply to an old conversation of that
 * channel (there and in the inbox when the move started) stays in the inbox (`stays`) or first moves
 * the conversation to help desk in the same step (`moves`). While the move still runs, the old
 * conversation is left alone under both policies (HIST-5; docs/SEMANTICS.md, reply-arrives).
 */
export const open2 = defineChecker('OPEN-2', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('OPEN-2');
  const moves = trace.options.policies['OPEN-2'] === 'moves';
  const none = ix.moves.filter((move) => move.history.kind === 'none');
  let checked = 0;
  for (const r of none.length === 0 ? [] : eventsOf(ix, 'reply-added')) {
    const reply = eventAt(trace, r, 'reply-added');
    if (reply === undefined) continue;
    const conv = reply.conversationId;
    const arrived = ix.arrivedByConv.get(conv);
    const old = none.find(
      (move) =>
        move.startEvent < r &&
        (ix.convsBefore.get(conv)?.location === 'inbox' ||
          (arrived !== undefined && arrived < move.startEvent)) &&
        channelAt(ix, conv, move.startEvent) === move.channelId &&
        !ix.movedByConv.get(conv).some((m) => m < move.startEvent),
    );
    if (old === undefined || ix.changesByConv.has(conv)) continue;
    checked += 1;
    const step = ix.stepOfEvent[r] ?? -1;
    const movedNow = ix.movedByConv.get(conv).some((m) => m < r && ix.stepOfEvent[m] === step);
    const movedEarlier = ix.movedByConv.get(conv).some((m) => ix.stepOfEvent[m] !== step && m < r);
    if (movedEarlier) continue;
    const subjects = { conversations: [conv], channels: [old.channelId], step };
    const completed = old.completeEvent !== null && old.completeEvent < r;
    if (moves && completed && (!movedNow || reply.location !== 'help-desk')) {
      found.add('the conversation moved to help desk with the reply', `reply in ${reply.location}`, subjects);
    } else if ((!moves || !completed) && (movedNow || reply.location !== 'inbox')) {
      found.add('the reply stays in the inbox', `reply in ${reply.location}`, subjects);
    }
  }
  return found.verdict(
    checked,
    `${count(checked, 'replies')} to old conversations of channels moved without history followed "${trace.options.policies['OPEN-2']}"`,
    'no reply arrived for an old conversation of a channel moved without history',
  );
});
