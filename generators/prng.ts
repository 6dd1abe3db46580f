/**
 * A tiny seeded PRNG (mulberry32) for the hot loop of world generation.
 *
 * Why not faker for every field: a faker call costs microseconds (locale lookups, option
 * objects), and a 1,000,000-conversation inbox needs tens of millions of draws. Faker builds the
 * content pools once (see `content-pools.ts`); this generator only picks from them. Mulberry32 is
 * 32 bits of state, a handful of integer operations per draw, and monomorphic, so V8 inlines it.
 * Its period (2^32) is far above the ~50 million draws of the largest inbox we generate. It is
 * not for cryptography, nor meant to be.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    // Spread small consecutive seeds apart (0, 1, 2 would otherwise start close together).
    this.state = (Math.imul(seed | 0, 0x9e3779b1) ^ 0x85ebca6b) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max], both included. */
  between(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Prng.pick: expected a non-empty array, found an empty one');
    return item;
  }
}
