import type { Advice } from '../../domain/index.ts';
import { currentChannelId } from '../../domain/index.ts';
import type { PlanFacts } from './plan-facts.ts';
import { MAX_LISTED } from './plan-facts.ts';

/**
 * ADV-5: moving a form channel leaves behind the threads that started as one of its submissions and
 * continued over a connected email channel (HIST-8); those email channels should be moved too.
 */
export function adviseFormEmail(facts: PlanFacts): Advice | undefined {
  if (facts.channel.kind !== 'form') return undefined;
  const kinds = new Map(facts.world.channels.map((c) => [c.id, c]));
  const threads = facts.world.conversations.filter((conv) => {
    const current = currentChannelId(conv);
    return (
      conv.location === 'inbox' &&
      current !== facts.channel.id &&
      kinds.get(current)?.kind === 'email' &&
      conv.channelHistory.includes(facts.channel.id)
    );
  });
  if (threads.length === 0) return undefined;
  const emails = [...new Set(threads.map((conv) => currentChannelId(conv)))];
  const names = emails.map((id) => kinds.get(id)?.name ?? id);
  return {
    ruleId: 'ADV-5',
    message:
      `${threads.length} thread(s) started as submissions of this form and continued over email would stay in the inbox; ` +
      `move the email channel(s) agents answer from too: ${names.join(', ')}.`,
    figures: { threadsStayingBehind: threads.length, emailChannels: emails.length },
    subjects: { conversations: threads.slice(0, MAX_LISTED).map((conv) => conv.id), channels: emails },
  };
}
