/**
 * A 32-bit hash of a string's UTF-16 code units: FNV-1a, finished with a multiply-xorshift so that
 * all bits mix (the low bits pick a slot in a power-of-two table). JavaScript cannot reach the
 * engine's own string hash, and a `Map<string, …>` of millions of IDs costs ~1.5 µs and ~40 bytes
 * an entry on these machines; hashing ten characters here costs a few nanoseconds.
 */
export function hashOf(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i += 1) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  hash ^= hash >>> 12;
  return hash | 0;
}
