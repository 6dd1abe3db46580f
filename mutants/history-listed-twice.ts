/**
 * HIST-9: the inbox files a conversation once per channel of its history. A move with "all" copies
 * each conversation to help desk and, when it completes, deletes the inbox rows filed under the
 * moved channel only: a moved conversation that came through an earlier channel stays listed in
 * the inbox (under that channel) as well as in help desk.
 */
import type { Conversation } from '../domain/index.ts';
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:history-listed-twice', (ctx) => {
  const multi = new Set(ctx.given.conversations.filter((c) => c.channelHistory.length > 1).map((c) => c.id));
  const allMoves = new Set<string>();
  const running = new Map<string, string[]>();
  const stale = new Set<string>();
  return {
    command: (command) => {
      if (command.type === 'start-move' && command.history.kind === 'all') allMoves.add(command.channelId);
      return command;
    },
    event: (event) => {
      if (event.type === 'move-started' && allMoves.has(event.channelId)) running.set(event.channelId, []);
      else if (event.type === 'conversation-moved' && multi.has(event.conversationId))
        running.get(event.channelId)?.push(event.conversationId);
      else if (event.type === 'move-completed') {
        for (const id of running.get(event.channelId) ?? []) stale.add(id);
        running.delete(event.channelId);
      }
      return event;
    },
    world: (world) => {
      if (stale.size === 0) return world;
      const copies: Conversation[] = world.conversations
        .filter((c) => stale.has(c.id))
        .map((c) => ({ ...c, location: 'inbox' }));
      return { ...world, conversations: [...world.conversations, ...copies] };
    },
  };
});
