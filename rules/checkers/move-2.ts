import type { Trace, Verdict } from '../../domain/index.ts';
import { channelAt, eventAt, eventsOf, moveAt, traceIndex } from '../_trace-index.ts';
import { count, Findings, profiled } from '../_verdict.ts';

/**
 * MOVE-2: every conversation that arrives in a channel while it moves is in help desk by the time
 * the move completes (moved by it, or landed there directly), unless it left the channel first (OPEN-3).
 */
export const checkMove2: (trace: Trace) => Verdict = profiled('MOVE-2', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('MOVE-2');
  let checked = 0;
  for (const a of eventsOf(ix, 'conversation-arrived')) {
    const arrival = eventAt(trace, a, 'conversation-arrived');
    if (arrival === undefined || ix.arrivedByConv.get(arrival.conversationId) !== a) continue;
    if (ix.convsBefore.has(arrival.conversationId)) continue;
    const move = moveAt(ix, a, arrival.channelId);
    if (move?.completeEvent == null || move.startEvent >= a) continue;
    const conv = arrival.conversationId;
    if (channelAt(ix, conv, move.completeEvent) !== move.channelId) continue;
    checked += 1;
    const moved = ix.movedByConv.get(conv).some((m) => m > a && m < (move.completeEvent ?? 0));
    const after = ix.convsAfter.get(conv);
    const subjects = { conversations: [conv], channels: [move.channelId], step: ix.stepOfEvent[a] ?? -1 };
    if (arrival.location !== 'help-desk' && !moved) {
      found.add('moved to help desk before the move completed', 'left in the inbox', subjects);
    } else if (after !== undefined && !ix.changesByConv.has(conv) && after.location !== 'help-desk') {
      found.add('in help desk in the world after', `location ${after.location}`, subjects);
    }
  }
  return found.verdict(
    checked,
    `${count(checked, 'conversations')} arrived during a move; all reached help desk`,
    'no conversation arrived in a channel while it was moving (and the move completed)',
  );
});
