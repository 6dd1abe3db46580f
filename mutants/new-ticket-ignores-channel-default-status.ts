/**
 * NEW-1: tickets for new conversations of a moved channel are created with the help desk pipeline's
 * default (first) status; the channel's own ticket-creation settings, kept through the move
 * (SET-1), are never read.
 */
import type { Channel, World } from '../domain/index.ts';
import { wrapReference } from './wrap-reference.ts';

const ignored = (channel: Channel): Channel => ({
  ...channel,
  settings: {
    ...channel.settings,
    ticketCreation: { ...channel.settings.ticketCreation, defaultStatus: null },
  },
});

export default wrapReference('bad:new-ticket-ignores-channel-default-status', (ctx) => {
  const kept = new Map(ctx.given.channels.map((c) => [c.id, c.settings]));
  return {
    // The ticket-creation code sees no default status; the settings themselves are kept as they were.
    disguise: (world: World) => ({ ...world, channels: world.channels.map(ignored) }),
    world: (world) => ({
      ...world,
      channels: world.channels.map((c) => {
        const settings = kept.get(c.id);
        return settings === undefined ? c : { ...c, settings };
      }),
    }),
  };
});
