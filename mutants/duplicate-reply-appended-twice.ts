/** INV-2 (fault): a reply delivered twice is appended twice (no check of the message ID). */
import type { Message } from '../domain/index.ts';
import { wrapReference } from './wrap-reference.ts';
import { rewriteById } from './_world-edits.ts';

export default wrapReference('bad:duplicate-reply-appended-twice', (ctx) => {
  const extra = new Map<string, Message[]>();
  return {
    command: (command) => {
      if (command.type !== 'reply-arrives') return command;
      const conversation = ctx.inner.world().conversations.find((c) => c.id === command.conversationId);
      if (conversation?.messages.some((m) => m.id === command.message.id) !== true) return command;
      extra.set(conversation.id, [...(extra.get(conversation.id) ?? []), command.message]);
      const ticket = ctx.inner
        .world()
        .tickets.find((t) => t.conversationId === conversation.id && t.location === 'help-desk');
      ctx.emit({
        at: ctx.inner.observe().at,
        type: 'reply-added',
        conversationId: conversation.id,
        messageId: command.message.id,
        location: conversation.location,
        ticketId: conversation.location === 'help-desk' ? (ticket?.id ?? null) : null,
      });
      return { status: 'accepted' };
    },
    world: (world) =>
      rewriteById(world, 'conversations', extra, (c, more) => ({ ...c, messages: [...c.messages, ...more] })),
  };
});
