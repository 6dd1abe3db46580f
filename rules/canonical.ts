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
 * Deep equality of JSON values. The plain texts are compared first: for the same key order (every
 * TypeScript system, and the common case) that is the whole cost; the sorted texts only decide
 * when the plain ones differ.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (JSON.stringify(a) === JSON.stringify(b)) return true;
  return canonicalJson(a) === canonicalJson(b);
}
