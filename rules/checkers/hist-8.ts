import type { Conversation } from '../../domain/index.ts';
import { currentChannelId } from '../../domain/index.ts';
import type { TraceIndex } from '../trace-index.ts';
import { traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/** Form threads continued over email: current channel an email channel, a form channel in the history. */
function formThreads(ix: TraceIndex): { conv: Conversation; form: string; email: string }[] {
  const list: { conv: Conversation; form: string; email: string }[] = [];
  for (const conv of ix.trace.before.conversations) {
    if (conv.channelHistory.length < 2) continue;
    const email = currentChannelId(conv);
    if (ix.channelsBefore.get(email)?.kind !== 'email') continue;
    const form = conv.channelHistory.find((id) => ix.channelsBefore.get(id)?.kind === 'form');
    if (form !== undefined && !ix.changesByConv.has(conv.id)) list.push({ conv, form, email });
  }
  return list;
}

/**
 * HIST-8: moving a form channel leaves its threads continued over email where they are; a
 * history-"all" move of the email channel takes them to help desk with every message they had
 * (the form submission and the follow-up emails).
 */
/** IDs of the conversation's messages before that the one after no longer has. */
function lostMessages(conv: Conversation, after: Conversation | undefined): string[] {
  const ids = new Set(after?.messages.map((message) => message.id));
  return conv.messages.filter((message) => !ids.has(message.id)).map((message) => message.id);
}

export const hist8 = defineChecker('HIST-8', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('HIST-8');
  let checked = 0;
  for (const { conv, form, email } of formThreads(ix)) {
    const subjects = { conversations: [conv.id], channels: [form, email] };
    const after = ix.convsAfter.get(conv.id);
    const emailMove = ix.moves.find((move) => move.channelId === email && move.completeEvent !== null);
    const formMove = ix.moves.find((move) => move.channelId === form && move.completeEvent !== null);
    if (formMove !== undefined) {
      checked += 1;
      const movedByForm = ix.movedByConv
        .get(conv.id)
        .some((m) => m > formMove.startEvent && m < (formMove.completeEvent ?? 0));
      if (movedByForm && emailMove === undefined) {
        found.add('stays with the email channel when the form moves', 'moved with the form', subjects);
      }
    }
    if (emailMove?.history.kind === 'all' && conv.location === 'inbox') {
      checked += 1;
      // Untouched messages stay the very same array (copy-on-write worlds): nothing lost, no Set.
      const lost = after?.messages === conv.messages ? [] : lostMessages(conv, after);
      if (after?.location !== 'help-desk') {
        found.add('moved with the email channel', `location ${after?.location ?? 'missing'}`, subjects);
      } else if (lost.length > 0) {
        found.add('the whole history: form submission and emails', `missing ${lost.join(', ')}`, subjects);
      }
    }
  }
  return found.verdict(
    checked,
    `${count(checked, 'form threads')} stayed with their email channel`,
    'no form thread continued over email met a move of its form or email channel',
  );
});
