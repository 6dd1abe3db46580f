import type { Conversation, World } from '../domain/index.ts';
import { currentChannelId } from '../domain/index.ts';
import type { CommandIndex, StartedMove } from './_commands.ts';
import type { Findings } from './verdict.ts';

// Per-step worlds share unchanged lists (copy-on-write), so an index per list is built once.
const BY_ID = new WeakMap<readonly Conversation[], Map<string, Conversation>>();

function indexOf(world: World): Map<string, Conversation> {
  let index = BY_ID.get(world.conversations);
  if (index === undefined) {
    index = new Map();
    for (const c of world.conversations) if (!index.has(c.id)) index.set(c.id, c);
    BY_ID.set(world.conversations, index);
  }
  return index;
}

/** What a move really moved, counted from the per-step worlds. */
interface Moved {
  conversations: number;
  messages: number;
}

/**
 * The conversations of the channel a clock step took from the inbox to help desk (and their
 * messages), from the worlds before and after it: only `advance` and `run-until-idle` let the move
 * process anything.
 */
function movedInStep(before: World, after: World, channelId: string): Moved {
  const moved: Moved = { conversations: 0, messages: 0 };
  if (before.conversations === after.conversations) return moved;
  const was = indexOf(before);
  for (const c of after.conversations) {
    if (c.location !== 'help-desk' || was.get(c.id)?.location !== 'inbox') continue;
    // A conversation never in the channel taken along is the frame's finding, not a miscount (one
    // changed out of it may still move with it: OPEN-3 at-move-start).
    if (!c.channelHistory.includes(channelId)) continue;
    moved.conversations += 1;
    moved.messages += c.messages.length;
  }
  return moved;
}

/** The inbox conversations of the channel in a world: what a move with history `all` queues at its start. */
function queuedAtStart(world: World, channelId: string): number {
  let n = 0;
  for (const c of world.conversations)
    if (c.location === 'inbox' && currentChannelId(c) === channelId) n += 1;
  return n;
}

/**
 * INV-7's cross-check of the move's own account of itself (the observation's `processed` and
 * `pending`, the `move-completed` counts) against what really moved: counted from the per-step
 * worlds (recorded for small worlds only; without them nothing is judged here). The progress
 * shown at the end of each step counts the conversations moved so far; `pending` at the start
 * is what the history choice queues (the inbox conversations of the channel, or none); the
 * completion counts all the conversations and messages the move took to help desk. Only moves
 * that completed within the trace are judged. Returns the moves judged.
 */
export function frameProgress(ci: CommandIndex, found: Findings): number {
  let judged = 0;
  for (const move of ci.moves) if (judgeMove(ci, move, found)) judged += 1;
  return judged;
}

function judgeMove(ci: CommandIndex, move: StartedMove, found: Findings): boolean {
  const { trace } = ci.ix;
  const start = trace.steps[move.startStep];
  const startWorld = move.startStep === 0 ? trace.before : trace.steps[move.startStep - 1]?.world;
  // Only a move that completed is judged: a bug that shows first in these counts (a history
  // choice misread, an arrival not queued) then also reaches the rule it breaks (HIST-5, MOVE-2),
  // which names it better than a miscount would.
  if (start?.world === undefined || startWorld === undefined || move.completeStep === null) return false;
  const channels = [move.channelId];
  const pending = start.observation.move?.pending;
  const queued = move.history.kind === 'all' ? queuedAtStart(startWorld, move.channelId) : 0;
  if (start.observation.move?.channelId === move.channelId && pending !== queued)
    found.add(`${queued} pending when the move starts (history ${move.history.kind})`, `${pending}`, {
      step: move.startStep,
      channels,
    });
  const total: Moved = { conversations: 0, messages: 0 };
  const end = move.completeStep ?? trace.steps.length - 1;
  let previous = start.world;
  for (let i = move.startStep + 1; i <= end; i += 1) {
    const step = trace.steps[i];
    if (step?.world === undefined) return true;
    const type = step.command.type;
    if (type === 'advance' || type === 'run-until-idle') {
      const moved = movedInStep(previous, step.world, move.channelId);
      total.conversations += moved.conversations;
      total.messages += moved.messages;
    }
    previous = step.world;
    const shown = step.observation.move;
    if (shown?.channelId === move.channelId && shown.processed !== total.conversations)
      found.add(`${total.conversations} processed, as moved so far`, `${shown.processed}`, {
        step: i,
        channels,
      });
  }
  if (move.completeStep === null) return true;
  const completion = completionEvent(ci, move);
  if (completion === undefined) return true;
  const { conversationsMoved, messagesMoved } = completion;
  if (conversationsMoved !== total.conversations || messagesMoved !== total.messages)
    found.add(
      `move-completed counting what moved: ${total.conversations} conversations, ${total.messages} messages`,
      `${conversationsMoved} conversations, ${messagesMoved} messages`,
      { step: move.completeStep, channels },
    );
  return true;
}

function completionEvent(
  ci: CommandIndex,
  move: StartedMove,
): { conversationsMoved: number; messagesMoved: number } | undefined {
  const step = move.completeStep === null ? undefined : ci.ix.trace.steps[move.completeStep];
  if (step === undefined) return undefined;
  for (let e = step.eventsFrom; e < step.eventsTo; e += 1) {
    const event = ci.ix.trace.events[e];
    if (event?.type === 'move-completed' && event.channelId === move.channelId) return event;
  }
  return undefined;
}
