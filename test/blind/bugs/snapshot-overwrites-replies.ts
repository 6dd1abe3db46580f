/**
 * BUG: the move exports the channel's conversations (with their messages) when it starts, and when
 * it reaches a conversation it writes the EXPORTED thread into help desk. Replies that arrived in
 * the inbox between the start of the move and the moment the conversation is processed are
 * overwritten and lost. Replies arriving after it was processed are kept.
 *
 * How it ships: the export snapshot makes the move consistent and restartable ("we process a frozen
 * list"); the write is an upsert of the whole thread document rather than an append. The MOVE-2
 * tests send new conversations during the move, not replies to old ones.
 *
 * Breaks: INV-2 (no message is lost, duplicated or reordered within its conversation); also the
 * move's own count of moved messages (`move-completed.messagesMoved`) reflects the lost ones.
 *
 * Shows when: a move with history `all`; a `reply-arrives` for one of the channel's inbox
 * conversations that the move has not processed yet (e.g. right after start-move, before any
 * advance); then the move processes it.
 */
import type { Conversation, Message, SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { currentOf, Overlay, type Timed, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:snapshot-overwrites-replies';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  const overlay = new Overlay();
  let exported: { channelId: string; threads: Map<string, readonly Message[]> } | null = null;
  let lost = 0;
  return wrapSystem(NAME, inner, {
    after(command, result, fresh) {
      if (command.type === 'start-move' && result.status === 'accepted' && command.history.kind === 'all') {
        const threads = new Map<string, readonly Message[]>();
        for (const c of inner.world().conversations) {
          if (c.location === 'inbox' && currentOf(c) === command.channelId) threads.set(c.id, c.messages);
        }
        exported = { channelId: command.channelId, threads };
        lost = 0;
        return fresh;
      }
      if (exported === null || (command.type !== 'advance' && command.type !== 'run-until-idle'))
        return fresh;
      let conversations: Map<string, Conversation> | null = null;
      return fresh.map((event): Timed => {
        if (exported === null) return event;
        if (event.type === 'conversation-moved' && event.channelId === exported.channelId) {
          const frozen = exported.threads.get(event.conversationId);
          if (frozen === undefined) return event;
          conversations ??= new Map(inner.world().conversations.map((c) => [c.id, c]));
          const live = conversations.get(event.conversationId);
          if (live === undefined || live.messages.length <= frozen.length) return event;
          const writtenOver = live.messages.length;
          lost += writtenOver - frozen.length;
          overlay.conversations.set(event.conversationId, (c: Conversation) => ({
            ...c,
            messages: [...frozen, ...c.messages.slice(writtenOver)],
          }));
          return event;
        }
        if (event.type === 'move-completed' && event.channelId === exported.channelId) {
          const corrected = { ...event, messagesMoved: Math.max(0, event.messagesMoved - lost) };
          exported = null;
          lost = 0;
          return corrected;
        }
        return event;
      });
    },
    world: (w) => overlay.apply(w),
  });
};

export default factory;
