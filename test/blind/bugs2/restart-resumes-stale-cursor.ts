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
import type {
  Command,
  CommandResult,
  SimTime,
  SyncMigrationSystem,
  SystemFactory,
} from '../../../domain/index.ts';
import { DAY } from '../../../domain/index.ts';
import { DEFAULT_TIMING } from '../../../machines/index.ts';
import {
  forbiddenAfterStart,
  leaveProgressPage,
  setHelpDeskAccess,
  setNotifications,
} from '../../../machines/account-commands.ts';
import { closeOrReopen, reassign } from '../../../machines/conversation-commands.ts';
import { workerCrash } from '../../../machines/move-clock.ts';
import { startMove } from '../../../machines/start-move.ts';
import { SystemCore } from '../../../machines/system-core.ts';
import { changeChannel, conversationArrives, replyArrives } from '../../../machines/traffic.ts';

const NAME = 'blind:restart-resumes-stale-cursor';
const ACCEPTED: CommandResult = { status: 'accepted' };

/** The move lands in help desk at `at` (the completion instant the worker computed). */
function completeMove(core: SystemCore, at: SimTime): void {
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

function advance(core: SystemCore, ms: number): CommandResult {
  if (!Number.isFinite(ms) || ms < 0)
    return { status: 'invalid', reason: `advance: ms must be a finite number ≥ 0, got ${ms}` };
  const target = core.store.clock + ms;
  const completedAt = core.move?.advanceTo(target) ?? null;
  if (completedAt !== null) completeMove(core, completedAt);
  core.store.setClock(target);
  return ACCEPTED;
}

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

function execute(core: SystemCore, command: Command): CommandResult {
  switch (command.type) {
    case 'start-move':
      return startMove(core, command);
    case 'conversation-arrives':
      return conversationArrives(core, command);
    case 'reply-arrives':
      return replyArrives(core, command);
    case 'change-channel':
      return changeChannel(core, command);
    case 'set-help-desk-access':
      return setHelpDeskAccess(core, command);
    case 'set-notifications':
      return setNotifications(core, command.on);
    case 'advance':
      return advance(core, command.ms);
    case 'run-until-idle':
      return runUntilIdle(core, command.maxMs);
    case 'leave-progress-page':
      return leaveProgressPage(core, command.userId);
    case 'cancel-move':
    case 'move-back':
    case 'move-history-later':
      return forbiddenAfterStart(core, command);
    case 'worker-crash':
      return workerCrash(core);
    case 'worker-restart':
      return workerRestart(core);
    case 'close-conversation':
    case 'reopen-conversation':
      return closeOrReopen(core, command);
    case 'reassign-conversation':
      return reassign(core, command);
  }
}

const factory: SystemFactory = (world, options): SyncMigrationSystem => {
  const core = new SystemCore(world, options, DEFAULT_TIMING);
  return {
    name: NAME,
    execute: (command) => execute(core, command),
    world: () => core.store.world(),
    observe: () => core.observe(),
    events: () => core.log.all(),
  };
};

export default factory;
