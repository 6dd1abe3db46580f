/**
 * BUG: the "a channel is moving" banner is driven by the move worker's heartbeat: the inbox shows
 * it while heartbeats arrive and hides it when they stop. When the worker crashes, the banner
 * disappears although the move is still running (stalled, to be resumed); it comes back when the
 * worker restarts. A move started while the worker is down shows no banner until the restart.
 *
 * How it ships: the banner component polls `GET /move/heartbeat` instead of the move record, to
 * avoid hitting the moves table from every inbox page view; "no heartbeat" was taken to mean "no
 * move". Crash/restart tests assert the move's progress and completion, not the banner.
 *
 * Breaks: MOVE-3 (while a move runs, a banner informs users in the inbox settings and the inbox;
 * it is gone only when no move runs) — a stalled move still runs (it cannot be stopped, MOVE-1).
 *
 * Shows when: `worker-crash` while a move runs (or a start-move while the worker is down), observed
 * before the `worker-restart`.
 */
import type { Observation, SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { type Timed, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:banner-follows-heartbeat';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  let heartbeat = true;
  return wrapSystem(NAME, inner, {
    after(_command, _result, fresh) {
      const banner = inner.observe().banner;
      const out: Timed[] = [];
      for (const event of fresh) {
        if (event.type === 'banner-shown' && !heartbeat) continue; // waits for the first heartbeat
        out.push(event);
        if (event.type === 'worker-crashed' && heartbeat) {
          heartbeat = false;
          if (banner !== null) out.push({ at: event.at, type: 'banner-hidden', channelId: banner.channelId });
        }
        if (event.type === 'worker-restarted' && !heartbeat) {
          heartbeat = true;
          if (banner !== null)
            out.push({
              at: event.at,
              type: 'banner-shown',
              channelId: banner.channelId,
              places: banner.places,
            });
        }
      }
      return out;
    },
    observe(observation: Observation): Observation {
      return heartbeat || observation.banner === null ? observation : { ...observation, banner: null };
    },
  });
};

export default factory;
