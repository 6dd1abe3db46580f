/**
 * BUG: when the move of a CHATFLOW completes, the chatflows service still lists the chatflow as
 * "moving" until its cache is invalidated by the next write that reaches it: the completion event
 * updates the help desk registry, hides the banner and ends the move, but the chatflow's own record
 * (which the inbox reads for its channel list) keeps the state it had cached. The next command of
 * any kind refreshes it. Email and form channels are read from the channels table directly and are
 * right at once.
 *
 * How it ships: chatflows got a read-through cache for the inbox sidebar (they are read on every
 * page view); the completion handler publishes `move.completed` on a topic the cache does not
 * subscribe to, relying on the next chatflow write to refresh it. E2E tests reload the page (a new
 * request) before asserting where the chatflow is listed.
 *
 * Breaks: MOVE-6 (when the move completes, the channel appears in the help desk workspace and no
 * longer in the inbox) — at the step that completed the move.
 *
 * Shows when: the move of a chatflow (website live chat or bot) completes within a step (`advance`
 * or `run-until-idle`); the world and observation of THAT step still show the chatflow `moving`.
 * Most visible when the trace ends with the completing `run-until-idle`.
 */
import type { Observation, SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { Overlay, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:chatflow-location-cached';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  const overlay = new Overlay();
  const kinds = new Map(world.channels.map((c) => [c.id, c.kind]));
  let stale: string | null = null;
  return wrapSystem(NAME, inner, {
    before() {
      if (stale !== null) overlay.channels.delete(stale);
      stale = null;
      return undefined;
    },
    after(_command, _result, fresh) {
      for (const event of fresh) {
        if (event.type !== 'move-completed' || kinds.get(event.channelId) !== 'chatflow') continue;
        stale = event.channelId;
        overlay.channels.set(event.channelId, (channel) => ({ ...channel, location: 'moving' }));
      }
      return fresh;
    },
    world: (w) => overlay.apply(w),
    observe(observation: Observation): Observation {
      if (stale === null) return observation;
      return { ...observation, channelLocations: { ...observation.channelLocations, [stale]: 'moving' } };
    },
  });
};

export default factory;
