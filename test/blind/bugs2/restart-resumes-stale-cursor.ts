/**
 * BUG: when the move worker restarts after a crash, it resumes from the checkpoint it had written
 * before dying — including the checkpoint's timestamp ("last unit done at T"). It schedules the
 * next units from T, not from the restart, so time that passed while the worker was down is spent
 * as if the worker had been working: the units done right after the restart are dated during the
 * outage (before the step that processed them), and the move finishes early by as much.
 *
 * How it ships: the worker's virtual cursor is part of the persisted checkpoint so that a restart
 * "continues exactly where it was"; resetting it to now was considered and rejected ("it would
 * add the outage to the move's duration on the progress page"). Crash tests restart the worker
 * in the same instant as the crash, where both readings coincide.
 *
 * Breaks: INV-7 (every event of a step is dated within the step's clock span: not before the
 * command) — and with it the processing instants that HIST-4/OPEN-8 start SLA clocks from; a
 * `move-completed` may also be dated before the step that completed the move.
 *
 * Shows when: a move with something left to process; `worker-crash`; the clock advances while the
 * worker is down (advance with ms > 0); `worker-restart`; then advance or run-until-idle.
 */
import type { CommandResult, SystemFactory } from '../../../domain/index.ts';
import { DAY } from '../../../domain/index.ts';
import { DEFAULT_TIMING } from '../../../machines/index.ts';
import { completeMove } from '../../../machines/move-clock.ts';
import { execute } from '../../../machines/reference-system.ts';
import { SystemCore } from '../../../machines/system-core.ts';
import { coreSystem } from '../lib/wrap.ts';

const NAME = 'blind:restart-resumes-stale-cursor';
const ACCEPTED: CommandResult = { status: 'accepted' };

function runUntilIdle(core: SystemCore, maxMs: number | undefined): CommandResult {
  const limit = maxMs ?? 30 * DAY;
  if (!Number.isFinite(limit) || limit < 0) {
    return { status: 'invalid', reason: `run-until-idle: maxMs must be a finite number ≥ 0, got ${limit}` };
  }
  const move = core.move;
  if (move === null || move.progress().status === 'stalled') return ACCEPTED;
  const now = core.store.clock;
  const completedAt = move.advanceTo(now + limit);
  if (completedAt !== null) completeMove(core, completedAt);
  // The clock never goes back: a move that "completed in the past" stops the clock where it is.
  core.store.setClock(completedAt === null ? now + limit : Math.max(now, completedAt));
  return ACCEPTED;
}

/** The restart: the worker goes back to work from its checkpoint, cursor included. */
function workerRestart(core: SystemCore): CommandResult {
  core.log.append(core.store.clock, { type: 'worker-restarted' });
  if (!core.workerUp) {
    core.workerUp = true;
    core.move?.actor.send({ type: 'WORKER_RESTARTED' });
    // (the reference also calls core.move.restart(now): that is what the checkpoint skips)
  }
  return ACCEPTED;
}

const factory: SystemFactory = (world, options) => {
  const core = new SystemCore(world, options, DEFAULT_TIMING);
  return coreSystem(NAME, core, (command) => {
    if (command.type === 'worker-restart') return workerRestart(core);
    if (command.type === 'run-until-idle') return runUntilIdle(core, command.maxMs);
    return execute(core, command);
  });
};

export default factory;
