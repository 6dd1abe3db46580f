/**
 * BUG: when a connected EMAIL channel is moved, its importer copies each thread message by message
 * through the email message mapper, which skips messages it cannot map — and a form submission has
 * no MIME representation. A thread that started as a form submission and continued over email
 * (history [form, email]) arrives in help desk with the follow-up emails only: the submission that
 * opened it is gone. Moves of form channels and chatflows use other mappers and keep everything.
 *
 * How it ships: the mapper logs "unsupported message kind, skipped" at debug level and the import
 * counts only failures; email fixtures contain emails only, and the HIST-8 test checks WHICH
 * threads move with the email channel (the selection), not their messages.
 *
 * Breaks: HIST-8 (moving the email channel moves such a thread with the whole history: the form
 * submission and the follow-up emails) and INV-2 (no message is lost); the move's own count of
 * moved messages (`move-completed.messagesMoved`) leaves the skipped ones out.
 *
 * Shows when: a move of an email channel processes a conversation containing a message of kind
 * `form-submission` — a form thread continued over that email address (generated worlds: ~30% of
 * form threads continue over some email channel).
 */
import type { Conversation, SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { Overlay, type Timed, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:email-import-skips-form-submission';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  const overlay = new Overlay();
  let emailMove: string | null = null;
  let skipped = 0;
  return wrapSystem(NAME, inner, {
    after(command, result, fresh) {
      if (command.type === 'start-move' && result.status === 'accepted') {
        const channel = inner.world().channels.find((c) => c.id === command.channelId);
        emailMove = channel?.kind === 'email' ? channel.id : null;
        skipped = 0;
      }
      if (emailMove === null) return fresh;
      let conversations: Map<string, Conversation> | null = null;
      return fresh.map((event): Timed => {
        if (emailMove === null) return event;
        if (event.type === 'move-completed' && event.channelId === emailMove) {
          const corrected = { ...event, messagesMoved: Math.max(0, event.messagesMoved - skipped) };
          emailMove = null;
          skipped = 0;
          return corrected;
        }
        if (event.type !== 'conversation-moved' || event.channelId !== emailMove) return event;
        conversations ??= new Map(inner.world().conversations.map((c) => [c.id, c]));
        const conversation = conversations.get(event.conversationId);
        if (conversation === undefined) return event;
        const lost = new Set(
          conversation.messages.filter((m) => m.kind === 'form-submission').map((m) => m.id),
        );
        if (lost.size === 0) return event;
        skipped += lost.size;
        overlay.conversations.set(conversation.id, (c: Conversation) => ({
          ...c,
          messages: c.messages.filter((m) => !lost.has(m.id)),
        }));
        return event;
      });
    },
    world: (w) => overlay.apply(w),
  });
};

export default factory;
