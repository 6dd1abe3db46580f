/**
 * NEW-1: changing a conversation's channel only rewrites its channel history. Routing into help
 * desk runs for new conversations only, so a conversation changed into a channel already in help
 * desk stays in the inbox, without a ticket.
 */
import type { Conversation } from '../domain/index.ts';
import { currentChannelId } from '../domain/index.ts';
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:changed-in-left-in-inbox', (ctx) => {
  /** Channels appended to a conversation's history that the reference system never heard of. */
  const extra = new Map<string, string[]>();
  const shown = (conversation: Conversation): Conversation => {
    const more = extra.get(conversation.id);
    return more === undefined
      ? conversation
      : { ...conversation, channelHistory: [...conversation.channelHistory, ...more] };
  };
  return {
    command: (command) => {
      if (command.type !== 'change-channel') return command;
      const conversation = ctx.inner.world().conversations.find((c) => c.id === command.conversationId);
      const target = ctx.inner.observe().channelLocations[command.toChannelId];
      if (conversation === undefined || target === undefined) return command;
      const stranded = extra.has(conversation.id);
      if (!stranded && (target !== 'help-desk' || conversation.location !== 'inbox')) return command;
      ctx.emit({
        at: ctx.inner.observe().at,
        type: 'channel-changed',
        conversationId: conversation.id,
        fromChannelId: currentChannelId(shown(conversation)),
        toChannelId: command.toChannelId,
      });
      extra.set(conversation.id, [...(extra.get(conversation.id) ?? []), command.toChannelId]);
      return { status: 'accepted' };
    },
    world: (world) =>
      extra.size === 0
        ? world
        : { ...world, conversations: world.conversations.map((c) => (extra.has(c.id) ? shown(c) : c)) },
  };
});
