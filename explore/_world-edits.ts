import { MINUTE, type Channel, type Conversation, type World } from '../domain/index.ts';
import { CHANNEL_SHAPES, messageKindOf, type ChannelMixKind } from '../generators/index.ts';

/**
 * `world` with one more inbox channel of the given mix kind (no conversations, default-looking
 * settings), and that channel. Its ID follows the generator's `ch<n>` scheme, so it never collides.
 */
export function withChannel(world: World, mix: ChannelMixKind): { world: World; channel: Channel } {
  let n = world.channels.length;
  while (world.channels.some((c) => c.id === `ch${n}`)) n += 1;
  const shape = CHANNEL_SHAPES[mix];
  const channel: Channel = {
    id: `ch${n}`,
    name: `${shape.label} ${n}`,
    kind: shape.kind,
    ...(shape.surface === undefined ? {} : { surface: shape.surface }),
    ...(shape.emailAddressKind === undefined ? {} : { emailAddressKind: shape.emailAddressKind }),
    address: shape.address(n),
    settings: {
      signature: `Signature ${n}`,
      routing: { mode: 'none', userIds: [] },
      automation: { autoReply: false, rules: [] },
      ticketCreation: { autoCreate: false, defaultStatus: null },
    },
    location: 'inbox',
  };
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
  const bulk: Conversation[] = Array.from({ length: count }, (_, i) => {
    const at = first - (count - i) * MINUTE;
    return {
      id: `b${i}`,
      subject: `Bulk ${i}`,
      contactName: 'Bulk Contact',
      contactEmail: `bulk${i}@example.org`,
      channelHistory: [channel.id],
      startedAt: at,
      status: 'open',
      ownerId: null,
      messages: [
        {
          id: `b${i}-m0`,
          at,
          channelId: channel.id,
          kind: channel.kind === 'form' ? 'form-submission' : messageKindOf(channel),
          author: 'contact',
          body: 'Hello',
        },
      ],
      location: 'inbox',
    };
  });
  return { ...world, conversations: [...world.conversations, ...bulk] };
}
