import {
  build,
  channelMessageKind,
  MINUTE,
  type Channel,
  type Conversation,
  type MessageKind,
  type World,
} from '../domain/index.ts';
import { shapedChannel, type ChannelMixKind } from '../generators/index.ts';

/**
 * `world` with one more inbox channel of the given mix kind (no conversations, default-looking
 * settings), and that channel. Its ID follows the generator's `ch<n>` scheme, so it never collides.
 */
export function withChannel(world: World, mix: ChannelMixKind): { world: World; channel: Channel } {
  let n = world.channels.length;
  while (world.channels.some((c) => c.id === `ch${n}`)) n += 1;
  const channel = shapedChannel(`ch${n}`, mix, n, {
    signature: `Signature ${n}`,
    ticketCreation: { autoCreate: false },
  });
  return { world: { ...world, channels: [...world.channels, channel] }, channel };
}

/**
 * `world` with `count` more open, unowned, one-message conversations in `channel`, started before
 * everything else (so no later reply predates them). The cheapest way to make one channel much
 * bigger than another: MOVE-5 compares moves of different sizes, and the generator's worlds are
 * small on purpose.
 */
export function withBulk(world: World, channel: Channel, count: number): World {
  const first = Math.min(world.clock, ...world.conversations.map((c) => c.startedAt));
  const kind = channelMessageKind(channel.kind);
  const bulk: Conversation[] = Array.from({ length: count }, (_, i) => {
    const at = first - (count - i) * MINUTE;
    const contact = {
      subject: `Bulk ${i}`,
      contactName: 'Bulk Contact',
      contactEmail: `bulk${i}@example.org`,
    };
    return oneMessageConversation(`b${i}`, channel, at, contact, kind);
  });
  return { ...world, conversations: [...world.conversations, ...bulk] };
}

/** Who a new conversation is from, and about what. */
export interface NewContact {
  readonly subject: string;
  readonly contactName: string;
  readonly contactEmail: string;
}

/** A new open, unowned conversation in `channel` started at `at`, with one message "Hello" (`<id>-m0`). */
export function oneMessageConversation(
  id: string,
  channel: Channel,
  at: number,
  contact: NewContact,
  kind: MessageKind,
): Conversation {
  return build.conversation(id, [channel.id], at, {
    ...contact,
    messages: [build.message(`${id}-m0`, channel.id, at, { kind, body: 'Hello' })],
  });
}
