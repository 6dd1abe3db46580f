import { eventAt, eventsOf, inHelpDeskAt, moveAt, traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * OPEN-3: a conversation not yet processed that is changed into or out of the moving channel
 * during a completed history-"all" move is moved by it iff it belongs to the channel when processed
 * (`at-processing`: changed in, yes; changed out, no) or at move start (`at-move-start`: the reverse).
 * Conversations changed more than once are left out (the policy does not settle them).
 */
export const open3 = defineChecker('OPEN-3', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('OPEN-3');
  const atStart = trace.options.policies['OPEN-3'] === 'at-move-start';
  let checked = 0;
  for (const c of eventsOf(ix, 'channel-changed')) {
    const change = eventAt(trace, c, 'channel-changed');
    if (change === undefined || ix.changesByConv.count(change.conversationId) !== 1) continue;
    const move = moveAt(ix, c, change.toChannelId) ?? moveAt(ix, c, change.fromChannelId);
    if (move?.completeEvent == null || move.history.kind !== 'all' || move.startEvent > c) continue;
    if (change.fromChannelId === change.toChannelId) continue;
    const conv = change.conversationId;
    const existed =
      ix.convsBefore.get(conv)?.location === 'inbox' || (ix.arrivedByConv.get(conv) ?? c) < move.startEvent;
    const movedAll = ix.movedByConv
      .get(conv)
      .filter((m) => m > move.startEvent && m <= (move.completeEvent ?? 0));
    // Already in help desk when changed (moved by an earlier move): no longer the move's to take.
    if (!existed || movedAll.some((m) => m < c) || inHelpDeskAt(ix, conv, c)) continue;
    checked += 1;
    const into = change.toChannelId === move.channelId;
    const expected = into !== atStart;
    const moved = movedAll.length > 0;
    if (moved !== expected) {
      found.add(
        `${expected ? 'moved' : 'not moved'} (changed ${into ? 'into' : 'out of'} ${move.channelId})`,
        moved ? 'moved' : 'not moved',
        {
          conversations: [conv],
          channels: [change.fromChannelId, change.toChannelId],
          step: ix.stepOfEvent[c] ?? -1,
        },
      );
    }
  }
  return found.verdict(
    checked,
    `${count(checked, 'channel changes')} during moves followed "${trace.options.policies['OPEN-3']}"`,
    'no unprocessed conversation changed channel into or out of a channel during its move',
  );
});
