import type { Conversation, SimTime } from '../domain/index.ts';
import { wrapReference } from './wrap-reference.ts';
import type { Tweaks } from './wrap-reference.ts';

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
      world: (world) =>
        movedAt.size === 0
          ? world
          : {
              ...world,
              conversations: world.conversations.map((c) => {
                const at = movedAt.get(c.id);
                return at === undefined ? c : rewrite(c, at);
              }),
            },
    };
  });
}
