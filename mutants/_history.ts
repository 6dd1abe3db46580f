import type { Conversation } from '../domain/index.ts';
import type { WrapContext, Tweaks } from './wrap-reference.ts';

/**
 * Tweaks for a system that takes the FIRST channel of some conversations' histories as their
 * channel: the reference system sees those histories with the first channel moved to the end, and
 * the world it returns gets the true history back (plus any channel changes since).
 */
export function firstChannelCounts(
  ctx: WrapContext,
  misread: (conversation: Conversation) => boolean,
): Pick<Tweaks, 'disguise' | 'world'> {
  const truth = new Map<string, readonly string[]>();
  for (const c of ctx.given.conversations)
    if (c.channelHistory.length > 1 && misread(c)) truth.set(c.id, c.channelHistory);
  return {
    disguise: (world) => ({
      ...world,
      conversations: world.conversations.map((c) => {
        if (!truth.has(c.id)) return c;
        const [first, ...rest] = c.channelHistory;
        return first === undefined ? c : { ...c, channelHistory: [...rest, first] };
      }),
    }),
    world: (world) => ({
      ...world,
      conversations: world.conversations.map((c) => {
        const history = truth.get(c.id);
        if (history === undefined) return c;
        return { ...c, channelHistory: [...history, ...c.channelHistory.slice(history.length)] };
      }),
    }),
  };
}
