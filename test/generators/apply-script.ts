import type { Conversation, Script, World } from '../../domain/index.ts';

/**
 * The world as a naive inbox would hold it after a script's traffic: arrivals added (once per ID),
 * replies appended, channel changes recorded. Moves are ignored. For checking that generated
 * traffic keeps a world valid (IDs, references, time order), not for judging a system.
 */
export function applyTraffic(world: World, script: Script): World {
  const conversations = new Map<string, Conversation>(world.conversations.map((c) => [c.id, c]));
  const channels = new Set(world.channels.map((channel) => channel.id));
  // A command naming a channel the world lacks is answered invalid and changes nothing.
  const knownChannels = (command: Script[number]): boolean =>
    command.type === 'conversation-arrives'
      ? command.conversation.channelHistory.every((id) => channels.has(id))
      : command.type !== 'change-channel' || channels.has(command.toChannelId);
  for (const command of script) {
    if (!knownChannels(command)) continue;
    if (command.type === 'conversation-arrives' && !conversations.has(command.conversation.id)) {
      conversations.set(command.conversation.id, command.conversation);
    }
    const id =
      command.type === 'reply-arrives' || command.type === 'change-channel' ? command.conversationId : null;
    const target = id === null ? undefined : conversations.get(id);
    if (target === undefined) continue;
    if (command.type === 'reply-arrives' && !target.messages.some((m) => m.id === command.message.id)) {
      conversations.set(target.id, { ...target, messages: [...target.messages, command.message] });
    }
    if (command.type === 'change-channel') {
      conversations.set(target.id, {
        ...target,
        channelHistory: [...target.channelHistory, command.toChannelId],
      });
    }
  }
  return { ...world, conversations: [...conversations.values()] };
}
