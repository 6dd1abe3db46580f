import type {
  Command,
  CommandResult,
  SyncMigrationSystem,
  SyncSystemFactory,
  SystemOptions,
  World,
} from '../domain/index.ts';
import {
  forbiddenAfterStart,
  leaveProgressPage,
  setHelpDeskAccess,
  setNotifications,
} from './account-commands.ts';
import { closeOrReopen, reassign } from './conversation-commands.ts';
import { advance, runUntilIdle, workerCrash, workerRestart } from './move-clock.ts';
import { checkTiming, DEFAULT_TIMING } from './reference-timing.ts';
import type { ReferenceTiming } from './reference-timing.ts';
import { startMove } from './start-move.ts';
import { SystemCore } from './system-core.ts';
import { changeChannel, conversationArrives, replyArrives } from './traffic.ts';

/**
 * A factory for the reference system with the given simulated timing.
 * @example
 * const system = createReferenceSystemWith({ ...DEFAULT_TIMING, batchSize: 50 })(world, options);
 */
export function createReferenceSystemWith(timing: ReferenceTiming): SyncSystemFactory {
  checkTiming(timing);
  return (world: World, options: SystemOptions): SyncMigrationSystem => {
    const core = new SystemCore(world, options, timing);
    return {
      name: 'reference',
      execute: (command) => execute(core, command),
      world: () => core.store.world(),
      observe: () => core.observe(),
      events: () => core.log.all(),
    };
  };
}

/** The reference system (docs/SEMANTICS.md, on the XState machines of machines/) with DEFAULT_TIMING. */
export const createReferenceSystem: SyncSystemFactory = createReferenceSystemWith(DEFAULT_TIMING);

/**
 * The reference's dispatch of one command on its core. Exported for the blind bugs of test/blind,
 * which change one command's handling and pass every other command here.
 */
export function execute(core: SystemCore, command: Command): CommandResult {
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
