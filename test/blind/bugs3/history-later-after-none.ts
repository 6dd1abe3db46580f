/**
 * BUG: for a channel that was moved with history "none", a "move history later" request is
 * ACCEPTED once the move has completed: every conversation of the channel still in the inbox is
 * taken to help desk, with a ticket in the channel's default status for those without one. While
 * the channel is still moving, and for channels moved with "all", the request is refused (HIST-6)
 * as it should be.
 *
 * How it ships: a "Move past conversations" action was built for a pilot with a few customers and
 * exposed in the channel's help desk settings behind a feature flag; the flag gates the button, not
 * the API endpoint, which only checks "is the channel in help desk and was its history left
 * behind?". The HIST-6 test sends the request during the move, or for a channel moved with "all".
 *
 * Breaks: HIST-6 (once a channel is in help desk its history can no longer be moved: the request
 * must be refused naming HIST-6, and nothing change), HIST-5/OPEN-2 (with "none", the old
 * conversations stay in the inbox, untouched) and INV-7 (their location changes, tickets appear).
 *
 * Shows when: a move with history `none` has completed; a `move-history-later` for that channel by
 * a Super Admin while some of its old conversations are in the inbox (any, for a channel that had
 * conversations). With nothing left behind the request is still accepted (and changes nothing).
 */
import type { Command, CommandResult, SyncMigrationSystem, SystemFactory } from '../../../domain/index.ts';
import { currentChannelId } from '../../../domain/index.ts';
import {
  forbiddenAfterStart,
  leaveProgressPage,
  setHelpDeskAccess,
  setNotifications,
} from '../../../machines/account-commands.ts';
import { closeOrReopen, reassign } from '../../../machines/conversation-commands.ts';
import { advance, runUntilIdle, workerCrash, workerRestart } from '../../../machines/move-clock.ts';
import { DEFAULT_TIMING } from '../../../machines/reference-timing.ts';
import { startMove } from '../../../machines/start-move.ts';
import { SystemCore } from '../../../machines/system-core.ts';
import { changeChannel, conversationArrives, replyArrives } from '../../../machines/traffic.ts';

const NAME = 'blind:history-later-after-none';

const factory: SystemFactory = (world, options) => {
  const core = new SystemCore(world, options, DEFAULT_TIMING);
  /** Channels whose move left the history behind. */
  const movedWithoutHistory = new Set<string>();

  const historyLater = (command: Extract<Command, { type: 'move-history-later' }>): CommandResult => {
    const { store } = core;
    const actor = store.users.get(command.actorId);
    const channel = store.channels.get(command.channelId);
    if (
      actor?.superAdmin !== true ||
      channel?.location !== 'help-desk' ||
      !movedWithoutHistory.has(channel.id)
    ) {
      return forbiddenAfterStart(core, command);
    }
    const terms = core.helpDeskTerms(channel.id);
    for (let position = 0; position < store.conversations.length; position++) {
      const conversation = store.conversations.at(position);
      if (conversation?.location !== 'inbox' || currentChannelId(conversation) !== channel.id) continue;
      core.mover.move(position, store.clock, terms);
    }
    return { status: 'accepted' };
  };

  const execute = (command: Command): CommandResult => {
    switch (command.type) {
      case 'start-move': {
        const result = startMove(core, command);
        if (result.status === 'accepted' && command.history.kind === 'none')
          movedWithoutHistory.add(command.channelId);
        return result;
      }
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
        return forbiddenAfterStart(core, command);
      case 'move-history-later':
        return historyLater(command);
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
  };

  const system: SyncMigrationSystem = {
    name: NAME,
    execute,
    world: () => core.store.world(),
    observe: () => core.observe(),
    events: () => core.log.all(),
  };
  return system;
};

export default factory;
