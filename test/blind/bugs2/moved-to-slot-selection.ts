/**
 * BUG: the move decides which conversations belong to the moving channel by reading the
 * "moved-to" slot of the channel history — `channelHistory[1] ?? channelHistory[0]` — instead of
 * its LAST entry. For a conversation that never changed channel ([A]) or changed once ([A, B]) the
 * slot is the current channel, so the move is right. For a conversation that changed channel twice
 * or more ([A, B, C]) the move treats it as a conversation of B: moving C leaves it in the inbox,
 * and moving B takes it to help desk although it now belongs to C.
 *
 * How it ships: the history used to be two columns, `origin` and `movedTo`; when it became a list
 * the selection query was ported as `channels[1] ?? channels[0]` ("moved-to, else origin"). Every
 * fixture and nearly all real data (generated worlds too) have at most two entries; a third one
 * appears only when an agent changes a conversation's channel again (a `change-channel` of an
 * already moved-between-channels conversation).
 *
 * Breaks: HIST-9 (every conversation whose current channel is the moved channel when it is
 * processed ends in help desk), HIST-7 (only the most recent channel counts), INV-4 and INV-7 (a
 * conversation of another channel is taken to help desk by a move that is not its channel's).
 *
 * Shows when: a move with history `all` while some inbox conversation has three or more entries in
 * its channel history whose second entry differs from its last one — e.g. a conversation [A, B]
 * changed to C (before or during the move), then C moved (it stays behind) or B moved (it goes).
 */
import type { Command, Conversation, SystemFactory } from '../../../domain/index.ts';
import { DEFAULT_TIMING } from '../../../machines/index.ts';
import { MoveRun } from '../../../machines/move-run.ts';
import { execute } from '../../../machines/reference-system.ts';
import { SystemCore } from '../../../machines/system-core.ts';
import type { WorldStore } from '../../../machines/world-store.ts';
import { coreSystem } from '../lib/wrap.ts';

const NAME = 'blind:moved-to-slot-selection';

/** The channel the selection query sees: the "moved-to" slot, else the origin. */
function movedToSlot(conversation: Conversation): Conversation {
  const history = conversation.channelHistory;
  const slot = history[1] ?? history[0];
  if (slot === undefined || slot === history[history.length - 1]) return conversation;
  return { ...conversation, channelHistory: [slot] };
}

/** The store as the move's selection reads it (everything else reads the real store). */
function selectionView(store: WorldStore): WorldStore {
  const conversations = {
    get length(): number {
      return store.conversations.length;
    },
    indexOf: (id: string): number | undefined => store.conversations.indexOf(id),
    at: (position: number): Conversation | undefined => {
      const conversation = store.conversations.at(position);
      return conversation === undefined ? undefined : movedToSlot(conversation);
    },
  };
  const view = { conversations, users: store.users, world: () => store.world() };
  return view as unknown as WorldStore;
}

type StartMove = Extract<Command, { type: 'start-move' }>;

/** After an accepted start-move: the move's queue is built by the selection query above. */
function reselect(core: SystemCore, command: StartMove): void {
  const previous = core.move;
  if (previous === null) return;
  const first = core.firstStatus();
  const history = command.history;
  core.move = new MoveRun({
    actor: previous.actor,
    store: selectionView(core.store),
    mover: core.mover,
    policies: core.options.policies,
    timing: core.timing,
    channelId: previous.channelId,
    history: previous.history,
    openStatus: history.kind === 'all' ? (history.openStatus ?? first) : first,
    closedStatus: history.kind === 'all' ? (history.closedStatus ?? first) : first,
    startedAt: previous.startedAt,
  });
}

const factory: SystemFactory = (world, options) => {
  const core = new SystemCore(world, options, DEFAULT_TIMING);
  return coreSystem(NAME, core, (command) => {
    const result = execute(core, command);
    if (command.type === 'start-move' && result.status === 'accepted') reselect(core, command);
    return result;
  });
};

export default factory;
