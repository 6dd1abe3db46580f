import type { World } from '../domain/index.ts';

/** The collections of the world whose elements a variant rewrites one by one, found by their ID. */
type ById = 'conversations' | 'tickets';

/**
 * `world` with each element of `collection` that `changes` has an entry for (by the element's ID)
 * rewritten by `rewrite`, given that entry. With no entry it is `world` itself: a variant that has
 * changed nothing yet answers exactly the reference system's world.
 */
export function rewriteById<K extends ById, T>(
  world: World,
  collection: K,
  changes: ReadonlyMap<string, T>,
  rewrite: (element: World[K][number], change: T) => World[K][number],
): World {
  if (changes.size === 0) return world;
  const elements: readonly World[K][number][] = world[collection];
  return {
    ...world,
    [collection]: elements.map((element) => {
      const change = changes.get(element.id);
      return change === undefined ? element : rewrite(element, change);
    }),
  };
}
