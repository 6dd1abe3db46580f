import type { ScriptHistory, ConversationState } from './_script-history.ts';
import type { MoveRecord } from './trace-index.ts';

// The script's own account of conversations lives in _script-history.ts; re-exported for the
// checkers that read both it and the processing step.
export { ScriptHistory, scriptHistory } from './_script-history.ts';
export type { ConversationState } from './_script-history.ts';

/** A conversation's state when a move processed it, and the step that state is read at. */
export interface ProcessedState {
  readonly state: ConversationState;
  readonly step: number;
  /** True when the script left more than one possible state and the step came from the log or worlds. */
  readonly timed: boolean;
}

/**
 * The step at which `move` processed the conversation, as far as the script makes it matter.
 * OPEN-9 `at-move-start`: when the move started (or when it arrived, if later). `at-processing`:
 * when no command changed the conversation (or `alsoChangedAt`, e.g. its owner's access) while
 * the move ran, every step gives the same answer, so the first one is taken and the system's
 * timing claims play no part; otherwise the step it is first seen in help desk in the recorded
 * worlds, else the step of the system's own event (`loggedStep`), kept within the move's window.
 */
export function processingStep(
  history: ScriptHistory,
  move: MoveRecord | undefined,
  conversationId: string,
  loggedStep: number,
  policy: 'at-processing' | 'at-move-start',
  alsoChangedAt: readonly number[] = [],
): { readonly step: number; readonly timed: boolean } {
  const arrived = history.arrivalStep(conversationId) ?? -1;
  const from = Math.max(move?.startStep ?? loggedStep, arrived, 0);
  if (policy === 'at-move-start') return { step: from, timed: false };
  const end = Math.max(from, move?.completeStep ?? loggedStep);
  if (!anyWithin(history.changes(conversationId), from, end) && !anyWithin(alsoChangedAt, from, end))
    return { step: from, timed: false };
  const seen = history.helpDeskStep(conversationId);
  const step =
    seen !== undefined && seen > from && seen <= end ? seen : Math.min(Math.max(loggedStep, from), end);
  return { step, timed: true };
}

/**
 * Whether a step lies in (from, end]. A plain loop rather than `.some` with a closure: this runs
 * once per processed conversation, and a closure made per call (named by tsx's keepNames) was a
 * measurable share of checking a large trace.
 */
function anyWithin(steps: readonly number[], from: number, end: number): boolean {
  for (const s of steps) if (s > from && s <= end) return true;
  return false;
}

/**
 * The conversation's status, owner and start date when `move` processed it (OPEN-9), from the
 * world before and the script's commands. Undefined for a conversation the script never knew.
 */
export function stateWhenProcessed(
  history: ScriptHistory,
  move: MoveRecord | undefined,
  conversationId: string,
  loggedStep: number,
  policy: 'at-processing' | 'at-move-start',
): ProcessedState | undefined {
  const { step, timed } = processingStep(history, move, conversationId, loggedStep, policy);
  const state = history.at(conversationId, step);
  return state === undefined ? undefined : { state, step, timed };
}
