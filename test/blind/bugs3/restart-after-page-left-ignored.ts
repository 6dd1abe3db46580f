/**
 * BUG: after the user who started a move has left the progress page, a worker restart no longer
 * resumes the move. Recovery after a crash is triggered by the progress page's polling ("is my move
 * still alive? if its worker is gone, re-enqueue it"), not by the worker itself; once the page is
 * closed nobody polls. The restarted worker reports healthy and the move shows as running, but it
 * never takes another unit of work and never completes.
 *
 * How it ships: the crash-recovery test keeps the progress page open (it is the page that shows
 * the recovery), and the MOVE-4 test closes the page on a healthy move, which indeed completes. The
 * combination — page left, then a crash and a restart — is untested.
 *
 * Breaks: MOVE-4 (leaving the progress page does not interfere with the move), MOVE-1 (with the
 * worker up and enough time, the move completes: a move that never finishes breaks it), MOVE-6 (the
 * channel never appears in help desk) and MOVE-2 for conversations arriving afterwards.
 *
 * Shows when: a move runs; `leave-progress-page` by the user who started it; `worker-crash` and
 * `worker-restart` (in that order, with the crash after or before leaving the page, as long as the
 * restart comes after it) while the move still has something to do; then advance / run-until-idle.
 * Without the page being left, or if other users leave it, restarts resume correctly.
 */
import { DAY } from '../../../domain/index.ts';
import type { Command, Observation, SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:restart-after-page-left-ignored';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  let starter: string | null = null;
  let pageLeft = false;
  /** The worker is up again but the move was never re-enqueued: it looks running, does nothing. */
  let orphaned = false;
  return wrapSystem(NAME, inner, {
    before(command: Command) {
      if (command.type === 'worker-restart' && pageLeft && inner.observe().move?.status === 'stalled') {
        orphaned = true;
        return {
          intercept: { status: 'accepted' },
          events: [{ type: 'worker-restarted', at: inner.world().clock }],
        };
      }
      if (command.type === 'worker-crash') {
        orphaned = false;
        return undefined;
      }
      if (command.type === 'run-until-idle' && orphaned) {
        const limit = command.maxMs ?? 30 * DAY;
        if (!Number.isFinite(limit) || limit < 0) return undefined;
        // The orphaned move never finishes: the whole limit passes.
        return { type: 'advance', ms: limit };
      }
      return undefined;
    },
    after(_command, _result, fresh) {
      for (const event of fresh) {
        if (event.type === 'move-started') {
          starter = event.actorId;
          pageLeft = false;
          orphaned = false;
        }
        if (
          event.type === 'progress-page-left' &&
          event.userId === starter &&
          inner.observe().move !== null
        ) {
          pageLeft = true;
        }
        if (event.type === 'move-completed') {
          starter = null;
          pageLeft = false;
        }
      }
      return fresh;
    },
    observe(observation: Observation): Observation {
      if (!orphaned || observation.move === null) return observation;
      return { ...observation, move: { ...observation.move, status: 'running' } };
    },
  });
};

export default factory;
