import type { Conversation } from '../domain/index.ts';
import { scriptHistory } from './conversation-at.ts';
import type { TraceIndex } from './trace-index.ts';

/**
 * A conversation of the world before as the script's own close, reopen and reassign commands leave
 * it (status and owner): what "untouched" means for HIST-5 and INV-4 once an agent has acted on it.
 * The same object when no accepted command named it, so untouched conversations cost nothing.
 */
export function withScriptLifecycle(ix: TraceIndex, before: Conversation): Conversation {
  const history = scriptHistory(ix);
  if (history.changes(before.id).length === 0) return before;
  const state = history.at(before.id, ix.trace.steps.length);
  if (state === undefined || (state.status === before.status && state.ownerId === before.ownerId)) {
    return before;
  }
  return { ...before, status: state.status, ownerId: state.ownerId };
}
