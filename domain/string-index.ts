import { hashOf } from './string-hash.ts';

/**
 * A map from strings to whole numbers, for millions of IDs: open addressing in typed arrays
 * instead of a `Map<string, number>`, which at a million IDs costs ~0.7 s to fill (growing and
 * rehashing its table, a cache miss per insert) and ~50 MB the garbage collector marks on every
 * major collection. Entries are numbered in insertion order; `slots` holds an entry's number + 1
 * (0 = empty) at its hash's position or the next free one, and `hashes` keeps each entry's hash, so
 * growing never hashes a string again and a probe compares strings only on equal hashes.
 */
export class StringIndex {
  /** Entry → key; pre-sized, so entries past `count` are holes. */
  private readonly keys: string[];
  private count = 0;
  private hashes: Int32Array<ArrayBuffer>;
  private values: Int32Array<ArrayBuffer>;
  private slots: Int32Array<ArrayBuffer>;
  /** The hash of the key last probed for and not found, and the empty slot where it would go. */
  private missHash = 0;
  private missSlot = 0;

  /**
   * `expected`: how many keys will be added (a guess; the index grows past it). Sizing a
   * million-entry index at once leaves no outgrown arrays behind: growing by steps leaves about
   * twice the final size as garbage, which stays in the heap until the next full collection.
   */
  constructor(expected = 0) {
    const capacity = Math.max(16, expected);
    this.keys = new Array<string>(capacity);
    this.hashes = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.slots = new Int32Array(2 ** Math.ceil(Math.log2(capacity * 2)));
  }

  get size(): number {
    return this.count;
  }

  /** The key of entry `entry` (entries count from 0 in insertion order). */
  key(entry: number): string | undefined {
    return entry < this.count ? this.keys[entry] : undefined;
  }

  /** The value of entry `entry`. */
  value(entry: number): number {
    return this.values[entry] as number;
  }

  /** The entry of `key`, or -1. */
  entryOf(key: string): number {
    const { slots, hashes, keys } = this;
    const mask = slots.length - 1;
    const hash = hashOf(key);
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const entry = slots[at] as number;
      if (entry === 0) {
        this.missHash = hash;
        this.missSlot = at;
        return -1;
      }
      if (hashes[entry - 1] === hash && keys[entry - 1] === key) return entry - 1;
    }
  }

  /** The value of `key`, or undefined. */
  get(key: string): number | undefined {
    const entry = this.entryOf(key);
    return entry < 0 ? undefined : this.values[entry];
  }

  /** Sets the value of `key` (a new entry when it has none) and returns its entry. */
  set(key: string, value: number): number {
    const entry = this.entryOf(key);
    if (entry >= 0) {
      this.values[entry] = value;
      return entry;
    }
    return this.addMissing(key, value);
  }

  /** Adds `key`, which the last `entryOf` did not find, and returns its entry. */
  addMissing(key: string, value: number): number {
    const entry = this.count;
    this.keys[entry] = key;
    this.count += 1;
    if (entry === this.hashes.length) {
      this.hashes = grown(this.hashes);
      this.values = grown(this.values);
    }
    this.hashes[entry] = this.missHash;
    this.values[entry] = value;
    this.slots[this.missSlot] = entry + 1;
    // Half full at most, so that a probe meets few neighbours.
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    return entry;
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let i = 0; i < this.count; i += 1) {
      let at = (this.hashes[i] as number) & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = i + 1;
    }
    this.slots = slots;
  }
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
