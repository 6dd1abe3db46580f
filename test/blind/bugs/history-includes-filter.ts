/**
 * BUG: the move selects the channel's conversations with "the channel appears in the
 * conversation's channel history" instead of "the channel is the conversation's CURRENT (last)
 * channel". Conversations that passed through the channel and now belong to another one are moved
 * too — notably form submissions continued over connected email, which belong to the email channel.
 *
 * How it ships: the selection query is `WHERE :channelId = ANY(conversation.channel_ids)` on the
 * denormalised history array (it has an index; the "current channel" column does not), written by
 * someone who did not know conversations can change channel. Test threads never change channel.
 *
 * Breaks: HIST-7 (only the most recent channel counts: a conversation that started in A and moved
 * to B does not move with A), HIST-8 (a form submission continued over email stays when the form
 * channel moves) and INV-4 (conversations of other channels are untouched).
 *
 * Shows when: a move with history `all` of a channel that some inbox conversation has in its
 * history but not as its last entry: moving a form channel whose threads continued over email
 * (about 30% of generated form threads) or a channel a conversation was changed out of.
 */
import type { Conversation, SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { currentOf, Overlay, type Timed, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:history-includes-filter';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  const overlay = new Overlay();
  /** Conversations the selection swept in: where the internal "queue membership" entry sits. */
  const swept = new Map<string, number>();
  return wrapSystem(NAME, inner, {
    after(command, result, fresh, side) {
      if (command.type === 'start-move' && result.status === 'accepted' && command.history.kind === 'all') {
        const channelId = command.channelId;
        const selected = inner
          .world()
          .conversations.filter(
            (c) =>
              c.location === 'inbox' && currentOf(c) !== channelId && c.channelHistory.includes(channelId),
          );
        for (const conversation of selected) {
          const at = conversation.channelHistory.length;
          side({ type: 'change-channel', conversationId: conversation.id, toChannelId: channelId });
          swept.set(conversation.id, at);
          overlay.conversations.set(conversation.id, (c: Conversation) => ({
            ...c,
            channelHistory: [...c.channelHistory.slice(0, at), ...c.channelHistory.slice(at + 1)],
          }));
        }
        return fresh;
      }
      if (command.type !== 'change-channel' || !swept.has(command.conversationId)) return fresh;
      const at = swept.get(command.conversationId) as number;
      const history =
        inner.world().conversations.find((c) => c.id === command.conversationId)?.channelHistory ?? [];
      return fresh.map((event): Timed => {
        if (event.type !== 'channel-changed' || history.length - 2 !== at) return event;
        return { ...event, fromChannelId: history[at - 1] ?? event.fromChannelId };
      });
    },
    world: (w) => overlay.apply(w),
  });
};

export default factory;
