import { DAY } from '../domain/index.ts';
import type { CommandResult, SimTime } from '../domain/index.ts';
import type { SystemCore } from './system-core.ts';

const ACCEPTED: CommandResult = { status: 'accepted' };

/** advance: the clock moves by `ms`; a running move makes progress meanwhile. */
export function advance(core: SystemCore, ms: number): CommandResult {
  if (!Number.isFinite(ms) || ms < 0)
    return { status: 'invalid', reason: `advance: ms must be a finite number ≥ 0, got ${ms}` };
  const target = core.store.clock + ms;
  const completedAt = core.move?.advanceTo(target) ?? null;
  if (completedAt !== null) completeMove(core, completedAt);
  core.store.setClock(target);
  return ACCEPTED;
}

/** run-until-idle: advance until no move runs (at most maxMs, default 30 days); nothing while the worker is down. */
export function runUntilIdle(core: SystemCore, maxMs: number | undefined): CommandResult {
  const limit = maxMs ?? 30 * DAY;
  if (!Number.isFinite(limit) || limit < 0) {
    return { status: 'invalid', reason: `run-until-idle: maxMs must be a finite number ≥ 0, got ${limit}` };
  }
  const move = core.move;
  if (move === null || move.progress().status === 'stalled') return ACCEPTED;
  const target = core.store.clock + limit;
  const completedAt = move.advanceTo(target);
  if (completedAt !== null) completeMove(core, completedAt);
  core.store.setClock(completedAt ?? target);
  return ACCEPTED;
}

/** worker-crash: the move stalls (its actor goes to running.stalled); traffic is still accepted. */
export function workerCrash(core: SystemCore): CommandResult {
  core.log.append(core.store.clock, { type: 'worker-crashed' });
  core.workerUp = false;
  core.move?.actor.send({ type: 'WORKER_CRASHED' });
  return ACCEPTED;
}

/** worker-restart: the move resumes where it was; the unit in flight at the crash is redone, nothing else. */
export function workerRestart(core: SystemCore): CommandResult {
  core.log.append(core.store.clock, { type: 'worker-restarted' });
  if (!core.workerUp) {
    core.workerUp = true;
    core.move?.actor.send({ type: 'WORKER_RESTARTED' });
    core.move?.restart(core.store.clock);
  }
  return ACCEPTED;
}

/** The move actor has reached `completed`: the channel lands in help desk, the banner goes (MOVE-3, MOVE-6). */
export function completeMove(core: SystemCore, at: SimTime): void {
  const move = core.move;
  if (move === null) return;
  const { processed, messagesMoved } = move.actor.getSnapshot().context;
  core.sendToChannel(move.channelId, { type: 'MOVE_COMPLETED' });
  core.workspace.send({ type: 'MOVE_COMPLETED' });
  core.log.append(at, {
    type: 'move-completed',
    channelId: move.channelId,
    conversationsMoved: processed,
    messagesMoved,
  });
  core.log.append(at, { type: 'banner-hidden', channelId: move.channelId });
  core.move = null;
}
