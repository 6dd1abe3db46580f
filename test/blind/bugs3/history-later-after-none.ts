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
import type { Command, CommandResult, SystemFactory } from '../../../domain/index.ts';
import { currentChannelId } from '../../../domain/index.ts';
import { execute as referenceExecute } from '../../../machines/reference-system.ts';
import { DEFAULT_TIMING } from '../../../machines/reference-timing.ts';
import { SystemCore } from '../../../machines/system-core.ts';
import { coreSystem } from '../lib/wrap.ts';

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
      return referenceExecute(core, command); // the reference refuses it
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
    if (command.type === 'move-history-later') return historyLater(command);
    const result = referenceExecute(core, command);
    if (command.type === 'start-move' && result.status === 'accepted' && command.history.kind === 'none')
      movedWithoutHistory.add(command.channelId);
    return result;
  };

  return coreSystem(NAME, core, execute);
};

export default factory;
