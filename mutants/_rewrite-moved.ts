import type { Conversation, SimTime } from '../domain/index.ts';
import { wrapReference } from './wrap-reference.ts';
import type { Tweaks } from './wrap-reference.ts';
import { rewriteById } from './_world-edits.ts';

/**
 * A variant that rewrites each conversation the move took to help desk, once it has moved: the
 * reference does the move (and creates tickets from the conversation as it was), then the world
 * shows the rewritten conversation. `rewrite` is given the conversation and when it moved.
 */
export function rewriteMoved(
  name: string,
  rewrite: (conversation: Conversation, movedAt: SimTime) => Conversation,
): ReturnType<typeof wrapReference> {
  return wrapReference(name, (): Tweaks => {
    const movedAt = new Map<string, SimTime>();
    return {
      event: (event) => {
        if (event.type === 'conversation-moved' && !movedAt.has(event.conversationId))
          movedAt.set(event.conversationId, event.at);
        return event;
      },
      world: (world) => rewriteById(world, 'conversations', movedAt, rewrite),
    };
  });
}
