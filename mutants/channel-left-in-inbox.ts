/** MOVE-6: the move completes but the channel's location flag is never flipped: it stays listed in the inbox. */
import type { ChannelLocation } from '../domain/index.ts';
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:channel-left-in-inbox', (ctx) => {
  const wasInHelpDesk = new Set(
    ctx.given.channels.filter((c) => c.location === 'help-desk').map((c) => c.id),
  );
  const shown = (id: string, at: ChannelLocation): ChannelLocation =>
    at === 'help-desk' && !wasInHelpDesk.has(id) ? 'inbox' : at;
  return {
    world: (world) => ({
      ...world,
      channels: world.channels.map((c) => ({ ...c, location: shown(c.id, c.location) })),
    }),
    observe: (observation) => ({
      ...observation,
      channelLocations: Object.fromEntries(
        Object.entries(observation.channelLocations).map(([id, at]) => [id, shown(id, at)]),
      ),
    }),
  };
});
