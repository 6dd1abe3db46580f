/**
 * BUG: when a move completes, the channel's routing settings are "adapted" to help desk: users in
 * the channel's specific-users routing list who have no help desk access are removed from it
 * (help desk routing can only assign to seated users), instead of the settings being kept as is.
 *
 * How it ships: help desk's routing validator rejects rules that name unseated users, so the
 * migration "cleans" the list before saving the channel in help desk to make the save succeed.
 * Test fixtures route to the admin, who always has a seat.
 *
 * Breaks: SET-1 (the channel's own settings, routing included, persist through the move unchanged)
 * and INV-7 (a channel field changes that no rule licenses).
 *
 * Shows when: a moved channel has `settings.routing.userIds` containing a user whose
 * `helpDeskAccess` is false when the move completes (generated worlds route half the channels to a
 * random user; about a third of users lack access).
 */
import type { Channel, SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { Overlay, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:routing-pruned-to-seats';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  const overlay = new Overlay();
  return wrapSystem(NAME, inner, {
    after(_command, _result, fresh) {
      for (const event of fresh) {
        if (event.type !== 'move-completed') continue;
        const now = inner.world();
        const seated = new Set(now.users.filter((u) => u.helpDeskAccess).map((u) => u.id));
        const channel = now.channels.find((c) => c.id === event.channelId);
        if (channel === undefined) continue;
        const kept = channel.settings.routing.userIds.filter((id) => seated.has(id));
        if (kept.length === channel.settings.routing.userIds.length) continue;
        overlay.channels.set(channel.id, (c: Channel) => ({
          ...c,
          settings: { ...c.settings, routing: { ...c.settings.routing, userIds: kept } },
        }));
      }
      return fresh;
    },
    world: (w) => overlay.apply(w),
  });
};

export default factory;
