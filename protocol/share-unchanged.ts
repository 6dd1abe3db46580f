import type { World } from '../domain/index.ts';

/** Deep equality of JSON values, key order included (the order is part of what a trace records). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (let i = 0; i < keysA.length; i += 1) {
    const key = keysA[i] as string;
    if (key !== keysB[i] || !same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) {
      return false;
    }
  }
  return true;
}

type Entity = { readonly id: string };

/** `next`'s elements, each replaced by the element of `previous` with its id when equal. */
function shareList<T extends Entity>(next: readonly T[], previous: readonly T[]): readonly T[] {
  if (next === previous) return next;
  const byId = new Map<string, T>();
  for (const element of previous) byId.set(element.id, element);
  let changed = next.length !== previous.length;
  const shared = next.map((element, i) => {
    const before = byId.get(element.id);
    const kept = before !== undefined && same(element, before) ? before : element;
    if (kept !== previous[i]) changed = true;
    return kept;
  });
  return changed ? shared : previous;
}

/**
 * A world decoded from the wire, with every part equal to the previous world's part replaced by
 * that part: as the in-process reference shares what a command did not change (domain/world.ts).
 * So traces over the protocol hold the same shapes of sharing as in-process ones (checkers'
 * identity shortcuts and their evidence counts agree), memory holds one copy of what did not
 * change, and the runner checks the schema of each part once.
 */
export function shareUnchanged(next: World, previous: World): World {
  const shared: World = {
    ...next,
    account: same(next.account, previous.account) ? previous.account : next.account,
    users: shareList(next.users, previous.users),
    channels: shareList(next.channels, previous.channels),
    conversations: shareList(next.conversations, previous.conversations),
    tickets: shareList(next.tickets, previous.tickets),
  };
  const unchanged =
    Object.keys(next).length === Object.keys(previous).length &&
    Object.keys(next).every(
      (key) => key === 'clock' || shared[key as keyof World] === previous[key as keyof World],
    ) &&
    next.clock === previous.clock;
  return unchanged ? previous : shared;
}
