import type { Trace, Verdict } from '../../domain/index.ts';
import { currentChannelId } from '../../domain/index.ts';
import { movedRecords } from '../_moved.ts';
import { channelAt, traceIndex } from '../_trace-index.ts';
import { count, Findings, profiled } from '../_verdict.ts';

/**
 * HIST-7: a move processes a conversation only if the moving channel is the conversation's current
 * one (when processed, or at move start under OPEN-3 `at-move-start`); and a history-"all" move
 * takes every conversation whose most recent channel it is, whatever channels came before.
 */
export const checkHist7: (trace: Trace) => Verdict = profiled('HIST-7', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('HIST-7');
  const atStart = trace.options.policies['OPEN-3'] === 'at-move-start';
  let checked = 0;
  for (const { event: m, step, conversationId: conv, channelId: movedWith, move, before } of movedRecords(
    ix,
  )) {
    if (move === undefined) continue;
    const several = (before?.channelHistory.length ?? 1) > 1 || ix.changesByConv.has(conv);
    if (several) checked += 1;
    // Without channel changes the channel is the one it had from the start: no lookup needed.
    const channel =
      !ix.changesByConv.has(conv) && before !== undefined
        ? currentChannelId(before)
        : ((atStart ? channelAt(ix, conv, move.startEvent) : undefined) ?? channelAt(ix, conv, m));
    if (channel !== movedWith) {
      found.add(`moved only with its current channel ${String(channel)}`, `moved with ${movedWith}`, {
        conversations: [conv],
        channels: [movedWith],
        step,
      });
    }
  }
  for (const move of ix.moves) {
    if (move.history.kind !== 'all' || move.completeEvent === null) continue;
    for (const conv of trace.before.conversations) {
      if (conv.channelHistory.length < 2 || ix.changesByConv.has(conv.id) || conv.location !== 'inbox')
        continue;
      if (currentChannelId(conv) !== move.channelId) continue;
      checked += 1;
      if (!ix.movedByConv.has(conv.id)) {
        found.add(`moved with its most recent channel ${move.channelId}`, 'not moved', {
          conversations: [conv.id],
          channels: [move.channelId],
          step: move.completeStep ?? -1,
        });
      }
    }
  }
  return found.verdict(
    checked,
    `${count(checked, 'multi-channel conversations')} moved with their most recent channel only`,
    'no conversation with a history of several channels met a move',
  );
});
