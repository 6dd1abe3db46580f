/**
 * INV-5: the move worker starts on the inbox's conversations at a "shard cursor" kept in a
 * module-level variable (meant to spread load), shared by every instance and advanced by each: a
 * replay of the same inputs processes and lists the conversations in another order, so its events
 * and world after differ (not just by a renaming of minted IDs, which INV-5 allows).
 */
import { wrapReference } from './wrap-reference.ts';

let cursor = 0;

export default wrapReference('bad:shared-shard-cursor', () => {
  cursor += 1;
  const start = cursor;
  return {
    disguise: (world) => {
      const n = world.conversations.length;
      if (n < 2) return world;
      const k = start % n;
      return {
        ...world,
        conversations: [...world.conversations.slice(k), ...world.conversations.slice(0, k)],
      };
    },
  };
});
