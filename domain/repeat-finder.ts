import { hashOf } from './string-hash.ts';

/**
 * Finds the strings of a long list that repeat an earlier one (validateWorld: five million message
 * IDs in a million-conversation world), without a `Set<string>` of them all: that costs ~0.5 s and
 * ~30 bytes per ID on these machines, mostly growing and rehashing its table with a cache miss
 * per insert. Here each ID leaves a 32-bit hash in a typed array; sorting a copy of the hashes
 * finds the few hash values met twice (sequential work, ~4× faster); only IDs with such a hash are
 * then compared as strings, in a second walk over the same list in the same order.
 */
export class RepeatFinder {
  private hashes: Int32Array;
  private count = 0;

  /** `expected`: how many IDs will be added (a guess; the array grows if it is short). */
  constructor(expected: number) {
    this.hashes = new Int32Array(Math.max(16, expected));
  }

  add(id: string): void {
    if (this.count === this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[this.count] = hashOf(id);
    this.count += 1;
  }

  /**
   * After every `add`: undefined when no ID can repeat another (no hash met twice); else a
   * function to call with the same IDs again, in the same order, which answers true exactly at an
   * ID equal to an earlier one.
   */
  secondWalk(): ((id: string) => boolean) | undefined {
    const hashes = this.hashes.subarray(0, this.count);
    const sorted = hashes.slice().sort();
    const shared = new Set<number>();
    for (let k = 1; k < sorted.length; k += 1)
      if (sorted[k] === sorted[k - 1]) shared.add(sorted[k] as number);
    if (shared.size === 0) return undefined;
    const seen = new Set<string>();
    let k = 0;
    return (id) => {
      const hash = hashes[k];
      k += 1;
      if (hash === undefined || !shared.has(hash)) return false;
      if (seen.has(id)) return true;
      seen.add(id);
      return false;
    };
  }
}
