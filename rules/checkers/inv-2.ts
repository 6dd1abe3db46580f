import type { Conversation, Trace } from '../../domain/index.ts';
import type { Lookup } from '../id-table.ts';
import { traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/** Expected message IDs of conversations that got replies: old ones, then each new reply once, in order. */
function expectedWithReplies(trace: Trace, before: Lookup<Conversation>): Map<string, string[]> {
  const expected = new Map<string, string[]>();
  const arrived = new Map<string, Conversation>();
  for (const step of trace.steps) {
    const { command } = step;
    if (step.result.status !== 'accepted') continue;
    if (command.type === 'conversation-arrives' && !arrived.has(command.conversation.id)) {
      arrived.set(command.conversation.id, command.conversation);
    }
    if (command.type !== 'reply-arrives') continue;
    let ids = expected.get(command.conversationId);
    if (ids === undefined) {
      const base = before.get(command.conversationId) ?? arrived.get(command.conversationId);
      if (base === undefined) continue;
      ids = base.messages.map((message) => message.id);
      expected.set(command.conversationId, ids);
    }
    if (!ids.includes(command.message.id)) ids.push(command.message.id);
  }
  return expected;
}

/**
 * INV-2: every conversation after has exactly its messages from before (or from its arrival), in
 * order, followed by each accepted new reply once, in arrival order.
 */
export const inv2 = defineChecker('INV-2', (trace) => {
  const found = new Findings('INV-2');
  const before = traceIndex(trace).convsBefore;
  const withReplies = expectedWithReplies(trace, before);
  const arrivals = new Map<string, Conversation>();
  for (const step of trace.steps) {
    if (step.command.type === 'conversation-arrives' && !arrivals.has(step.command.conversation.id)) {
      arrivals.set(step.command.conversation.id, step.command.conversation);
    }
  }
  let messages = 0;
  for (const conv of trace.after.conversations) {
    const base = before.get(conv.id) ?? arrivals.get(conv.id);
    if (base === undefined) continue;
    messages += conv.messages.length;
    const ids = withReplies.get(conv.id);
    if (ids === undefined && base.messages === conv.messages) continue;
    const expected = ids ?? base.messages.map((message) => message.id);
    const actual = conv.messages.map((message) => message.id);
    if (expected.length !== actual.length || expected.some((id, i) => actual[i] !== id)) {
      found.add(`messages ${expected.join(',')}`, `messages ${actual.join(',')}`, {
        conversations: [conv.id],
      });
    }
  }
  return found.verdict(
    trace.after.conversations.length,
    `${count(messages, 'messages')} of ${count(trace.after.conversations.length, 'conversations')} kept, once each, in order`,
    'the trace has no conversations',
  );
});
