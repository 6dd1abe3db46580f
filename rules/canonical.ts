/*
 * Value comparison that does not depend on the order of object keys. A system written in another
 * language, or answering over the JSON-lines protocol, builds its objects in its own key order;
 * `JSON.stringify(a) === JSON.stringify(b)` would then report two equal events or settings as
 * different (found by the Python example system: INV-7 fired on reordered event bodies).
 */

/** JSON text with every object's keys sorted: equal values give equal text, whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/**
 * Whether two values certainly serialise to the same JSON text, decided without building it: the
 * same object, or the same keys in the same order holding identical values. Worlds share their
 * unchanged parts (domain/world.ts), so comparing two versions mostly meets the same objects. False
 * does not mean different (another class, NaN): the caller then compares the texts.
 */
export function identical(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!identical(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || !isPlain(a) || !isPlain(b)) return false;
  const keys = Object.keys(a);
  const others = Object.keys(b);
  if (keys.length !== others.length) return false;
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i] as string;
    if (key !== others[i] || !identical(a[key], b[key])) return false;
  }
  return true;
}

/** A plain object (no class, so no toJSON of its own that could serialise it otherwise). */
function isPlain(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && !('toJSON' in value);
}

/**
 * Deep equality of JSON values. Identical values (`identical`) first, then the plain texts: for the
 * same key order (every TypeScript system, and the common case) that is the whole cost; the sorted
 * texts only decide when the plain ones differ.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (identical(a, b)) return true;
  if (JSON.stringify(a) === JSON.stringify(b)) return true;
  return canonicalJson(a) === canonicalJson(b);
}
