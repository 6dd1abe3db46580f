/**
 * BUG: a move's completion ("finalize": channel to help desk, banner off) is a delayed job that
 * the last batch schedules. When the worker restarts, recovery re-enqueues unfinished BATCH jobs
 * only; if the queue was already empty when the worker died, the pending finalize job is gone and
 * nothing ever schedules it again. The move shows "running" forever.
 *
 * How it ships: the recovery code scans the batch table for rows without `done_at`; the finalize
 * step has no row there. Crash tests always crash in the middle of a big backlog.
 *
 * Breaks: MOVE-1 (with the worker up and the clock advanced long enough, the move completes; a move
 * that never finishes breaks it), MOVE-6 (the channel never appears in help desk), and MOVE-3 (the
 * banner stays). MOVE-2 for conversations that arrive afterwards (they are queued but never taken).
 *
 * Shows when: `worker-crash` while the move has nothing pending (`observe().move.pending === 0`):
 * easiest with history `none` and no arrivals yet, or in the last second of a move with history
 * `all`; then `worker-restart` and `run-until-idle`.
 */
import type { Command, Observation, SystemFactory } from '../../../domain/index.ts';
import { DAY } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:finalizer-lost-on-restart';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  let finalizeLost = false; // set at a crash with an empty queue
  let hung = false; // the restart did not bring the move back
  let workerDown = false;
  return wrapSystem(NAME, inner, {
    before(command: Command) {
      const clock = inner.world().clock;
      // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- a bug changes a few kinds and passes the rest through
      switch (command.type) {
        case 'worker-crash': {
          const move = inner.observe().move;
          if (move !== null && !hung && move.pending === 0) finalizeLost = true;
          workerDown = true;
          return undefined;
        }
        case 'worker-restart':
          if (hung || (finalizeLost && inner.observe().move !== null)) {
            // Recovery finds no batch job to resume: the worker is up, the move is not resumed.
            hung = true;
            finalizeLost = false;
            workerDown = false;
            return { intercept: { status: 'accepted' }, events: [{ at: clock, type: 'worker-restarted' }] };
          }
          finalizeLost = false;
          workerDown = false;
          return undefined;
        case 'run-until-idle': {
          if (!hung || workerDown) return undefined;
          const limit = command.maxMs ?? 30 * DAY;
          if (!Number.isFinite(limit) || limit < 0) return undefined;
          // The worker is up and "working": the clock runs to the limit, nothing completes.
          return { type: 'advance', ms: limit };
        }
        default:
          return undefined;
      }
    },
    observe(o: Observation) {
      if (!hung || workerDown || o.move === null) return o;
      return { ...o, move: { ...o.move, status: 'running' } };
    },
  });
};

export default factory;
