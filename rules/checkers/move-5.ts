import type { MoveRecord } from '../trace-index.ts';
import { movedRecords } from '../_moved.ts';
import { eventAt, eventsOf, traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

interface Sized {
  readonly move: MoveRecord;
  readonly ms: number;
  conversations: number;
  messages: number;
}

/**
 * The stretches of the event log, as [crash, restart) event indexes, while the worker was down; a
 * crash never followed by a restart lasts to the end of the log.
 */
function downIntervals(
  crashes: readonly number[],
  restarts: readonly number[],
  end: number,
): [number, number][] {
  const intervals: [number, number][] = [];
  let r = 0;
  let lastEnd = -1;
  for (const crash of crashes) {
    if (crash < lastEnd) continue; // a crash while already down extends nothing
    while (r < restarts.length && (restarts[r] ?? end) < crash) r += 1;
    lastEnd = restarts[r] ?? end;
    intervals.push([crash, lastEnd]);
  }
  return intervals;
}

/**
 * MOVE-5: every completed move takes a positive time, and of two moves in the trace the one with at
 * least as many conversations and messages never takes less time. Sizes are counted by us: the
 * conversations the move processed and the messages each had when processed (its messages at the
 * end, less the replies logged after its `conversation-moved`; a reply's own date says nothing
 * about when it reached the system). Moves during
 * which the worker was down at any moment — it crashed during the move, or was already down when
 * the move started — are left out (a stall lengthens them for another reason).
 */
export const move5 = defineChecker('MOVE-5', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('MOVE-5');
  const down = downIntervals(
    eventsOf(ix, 'worker-crashed'),
    eventsOf(ix, 'worker-restarted'),
    trace.events.length,
  );
  const sized = new Map<MoveRecord, Sized>();
  for (const move of ix.moves) {
    if (move.completeEvent === null || move.completedAt === null) continue;
    const { startEvent, completeEvent } = move;
    if (down.some(([from, to]) => from < completeEvent && to > startEvent)) continue;
    sized.set(move, { move, ms: move.completedAt - move.startedAt, conversations: 0, messages: 0 });
  }
  // Replies logged per conversation, so a conversation's size when processed can be told.
  const replies = new Map<string, number[]>();
  for (const r of eventsOf(ix, 'reply-added')) {
    const id = eventAt(trace, r, 'reply-added')?.conversationId;
    if (id === undefined) continue;
    const list = replies.get(id);
    if (list === undefined) replies.set(id, [r]);
    else list.push(r);
  }
  for (const { move, after, event, conversationId } of movedRecords(ix)) {
    const entry = move === undefined ? undefined : sized.get(move);
    if (entry === undefined) continue;
    entry.conversations += 1;
    const later = (replies.get(conversationId) ?? []).filter((r) => r > event).length;
    entry.messages += Math.max(0, (after?.messages.length ?? 0) - later);
  }
  const list = [...sized.values()];
  let pairs = 0;
  for (const a of list) {
    const subjects = { channels: [a.move.channelId], step: a.move.completeStep ?? -1 };
    if (a.ms <= 0) found.add('a positive duration', `${a.ms} ms`, subjects);
    for (const b of list) {
      if (a === b || a.conversations < b.conversations || a.messages < b.messages) continue;
      pairs += 1;
      if (a.ms < b.ms) {
        found.add(
          `${a.move.channelId} (${a.conversations} conversations, ${a.messages} messages) takes at least the ${b.ms} ms of ${b.move.channelId} (${b.conversations}, ${b.messages})`,
          `${a.ms} ms`,
          { channels: [a.move.channelId, b.move.channelId], step: a.move.completeStep ?? -1 },
        );
      }
    }
  }
  return found.verdict(
    list.length,
    `${count(list.length, 'completed moves')} took positive time; ${count(pairs, 'ordered pairs')} compared`,
    'no move completed without a worker crash',
  );
});
