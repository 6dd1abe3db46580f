import { currentChannelId } from '../../domain/index.ts';
import { movedRecords } from '../_moved.ts';
import type { MoveRecord, TraceIndex } from '../trace-index.ts';
import { channelAt, eventAt, traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/** The channel a conversation arrived in, when it arrived during the trace. */
function arrivalChannel(ix: TraceIndex, conversationId: string): string | undefined {
  const arrived = ix.arrivedByConv.get(conversationId);
  return arrived === undefined ? undefined : eventAt(ix.trace, arrived, 'conversation-arrived')?.channelId;
}

/**
 * The second half of HIST-7: a conversation that was in the moving channel earlier but belongs to
 * another channel now (and is not changed before the move ends, so OPEN-3 does not come into it)
 * is not taken by the move: no `conversation-moved` with the moving channel, and — when the
 * world at the end of the move was recorded — still in the inbox then. Holds for history "all"
 * and "none" alike (HIST-5 keeps old ones in place anyway). Returns how many cases were judged.
 */
function leftBehind(ix: TraceIndex, move: MoveRecord, found: Findings): number {
  const { trace } = ix;
  const end = move.completeEvent ?? trace.events.length;
  const worldAtEnd = move.completeStep === null ? undefined : trace.steps[move.completeStep]?.world;
  let checked = 0;
  for (const conv of trace.before.conversations) {
    const history = conv.channelHistory;
    // Cheap tests first: this runs once per move over every conversation of the world.
    if (history.length < 2 || conv.location !== 'inbox' || !history.includes(move.channelId)) continue;
    if (currentChannelId(conv) === move.channelId) continue;
    if (ix.changesByConv.get(conv.id).some((i) => i < end)) continue;
    // Already taken to help desk by an earlier move (of its current channel): nothing to leave behind.
    if (ix.movedByConv.get(conv.id).some((i) => i < move.startEvent)) continue;
    checked += 1;
    const subjects = { conversations: [conv.id], channels: [move.channelId], step: move.startStep };
    const moves = ix.movedByConv.get(conv.id).filter((i) => i > move.startEvent && i < end);
    const takenBy = moves.filter(
      (i) => eventAt(trace, i, 'conversation-moved')?.channelId === move.channelId,
    );
    const otherwise = moves.length > takenBy.length;
    if (takenBy.length > 0) {
      found.add(
        `stays in the inbox: its current channel is ${currentChannelId(conv)}`,
        `moved with its earlier channel ${move.channelId}`,
        subjects,
      );
    } else if (
      !otherwise &&
      worldAtEnd?.conversations.find((c) => c.id === conv.id)?.location === 'help-desk'
    ) {
      found.add(
        `stays in the inbox: its current channel is ${currentChannelId(conv)}`,
        `in help desk when the move of ${move.channelId} ended, without a conversation-moved event`,
        subjects,
      );
    }
  }
  return checked;
}

/**
 * HIST-7: a move processes a conversation only if the moving channel is the conversation's current
 * one (when processed, or at move start under OPEN-3 `at-move-start`); a history-"all" move
 * takes every conversation whose most recent channel it is, whatever channels came before; and a
 * move of a channel that is only in a conversation's past leaves that conversation where it is.
 */
export const hist7 = defineChecker('HIST-7', (trace) => {
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
    // Under `at-move-start` the set is fixed at the start "plus arrivals" (SEMANTICS.md): a
    // conversation that arrived during the move counts with the channel it arrived in.
    const channel =
      !ix.changesByConv.has(conv) && before !== undefined
        ? currentChannelId(before)
        : ((atStart ? (channelAt(ix, conv, move.startEvent) ?? arrivalChannel(ix, conv)) : undefined) ??
          channelAt(ix, conv, m));
    if (channel !== movedWith) {
      found.add(`moved only with its current channel ${String(channel)}`, `moved with ${movedWith}`, {
        conversations: [conv],
        channels: [movedWith],
        step,
      });
    }
  }
  for (const move of ix.moves) {
    checked += leftBehind(ix, move, found);
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
    'no conversation with a history of several channels met a move of any of its channels',
  );
});
