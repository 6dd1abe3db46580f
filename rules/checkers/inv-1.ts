import { eventAt, traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * INV-1: the world after holds each conversation once: every one from before, every accepted
 * arrival, nothing else; and no conversation is moved twice. (Index sizes first:
 * the per-conversation walk only looks for the culprits when the sizes disagree.)
 */
export const inv1 = defineChecker('INV-1', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('INV-1');
  const arrivals = new Set<string>();
  for (const step of trace.steps) {
    const { command } = step;
    if (command.type === 'conversation-arrives' && step.result.status === 'accepted') {
      if (!ix.convsBefore.has(command.conversation.id)) arrivals.add(command.conversation.id);
    }
  }
  const expected = ix.convsBefore.size + arrivals.size;
  if (ix.convsAfter.size !== trace.after.conversations.length) {
    const seen = new Set<string>();
    for (const conv of trace.after.conversations) {
      if (seen.has(conv.id)) found.add('once', 'twice in the world after', { conversations: [conv.id] });
      seen.add(conv.id);
    }
  }
  for (const conv of trace.after.conversations) {
    if (!ix.convsBefore.has(conv.id) && !arrivals.has(conv.id)) {
      found.add('not there (never arrived)', 'present', { conversations: [conv.id] });
    }
  }
  if (ix.convsAfter.size < expected || found.count > 0) {
    for (const id of [...ix.convsBefore.keys(), ...arrivals]) {
      if (!ix.convsAfter.has(id)) found.add('present in the world after', 'lost', { conversations: [id] });
    }
  }
  // A conversation in help desk never returns to the inbox, so it is moved at most once: a second
  // `conversation-moved` says a move processed it twice, or claims a move that did not happen.
  for (const [conv, moves] of ix.movedByConv.entries()) {
    if (moves.length < 2) continue;
    const channels = moves.map((m) => eventAt(trace, m, 'conversation-moved')?.channelId ?? '?');
    found.add('moved once', `moved ${moves.length} times (by ${channels.join(', ')})`, {
      conversations: [conv],
    });
  }
  return found.verdict(
    expected,
    `${count(expected, 'conversations')} each exist exactly once after`,
    'the trace has no conversations',
  );
});
