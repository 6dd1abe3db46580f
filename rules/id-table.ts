/**
 * Dense integer IDs for string IDs, and columns keyed by them. A million-conversation trace would
 * otherwise need a string-keyed Map per question (before, after, tickets, moved, created...):
 * each costs ~0.2 s to fill and grows the heap the garbage collector must walk. Here one table
 * interns the IDs and every column is a plain or typed array.
 */
import { hashOf } from '../domain/string-hash.ts';

/** How many names after the last one found `find` compares before hashing. */
const SCAN_AHEAD = 8;

export class IdTable {
  private readonly names: string[] = [];
  /**
   * The hash index: open addressing in typed arrays instead of a `Map<string, number>`, which at a
   * million conversations cost 1.5 s to fill (1.5 µs a `set`: growing, rehashing, a cache miss
   * each) and ~40 MB the garbage collector marks on every major collection. `slots` holds a name's
   * index + 1 (0 = empty) at its hash's position or the next free one; `hashes` keeps each name's
   * hash, so growing never hashes a string again and a probe compares strings only on equal hashes.
   */
  private hashes = new Int32Array(16);
  private slots = new Int32Array(32);
  /** The hash of the ID last probed for and not found, and the empty slot where it would go. */
  private missHash = 0;
  private missSlot = 0;
  /**
   * The last ID found. Traces mostly visit IDs in order (the world after in the order of the world
   * before, a move's events conversation after conversation), so the next or the same name is
   * tried before hashing — a string comparison instead of a cache-missing lookup.
   */
  private cursor = -1;
  /**
   * Where the walk was before the cursor last jumped. A loop often walks two runs of IDs at once
   * (a conversation's tickets of the world before, and those its move created, which sit at the
   * end of the table): trying the name after each keeps both walks off the hash index.
   */
  private other = -1;

  /** The dense ID of `id`, assigning the next one when new. */
  intern(id: string): number {
    const known = this.find(id);
    return known !== undefined ? known : this.moveTo(this.append(id));
  }

  /**
   * `intern` for IDs expected to be new (filling an empty table from the world before): straight
   * to the hash index, without first comparing the names around the cursor.
   */
  internNew(id: string): number {
    const known = this.probe(id);
    return known >= 0 ? this.moveTo(known) : this.moveTo(this.append(id));
  }

  find(id: string): number | undefined {
    // The two commonest answers first, in a body small enough for the callers to inline: the next
    // name (a walk in order) and the same one (several columns asked about one ID in a row).
    // Names are unique, so whichever matches is the one.
    const cursor = this.cursor;
    if (this.names[cursor + 1] === id) return (this.cursor = cursor + 1);
    if (this.names[cursor] === id) return cursor;
    return this.findFurther(id);
  }

  private findFurther(id: string): number | undefined {
    const names = this.names;
    const cursor = this.cursor;
    if (names[this.other + 1] === id) return this.moveTo(this.other + 1);
    // A walk in order that skips a few IDs (a move's events skip the conversations of other
    // channels) is still found by comparing strings, which is cheaper than a cache-missing hash
    // lookup; names are unique, so the first equal one is the one.
    const end = Math.min(names.length, cursor + 1 + SCAN_AHEAD);
    for (let i = cursor + 2; i < end; i += 1) if (names[i] === id) return (this.cursor = i);
    const found = this.probe(id);
    return found < 0 ? undefined : this.moveTo(found);
  }

  /** The index of `id`, or -1 after noting its hash and free slot for `append`. */
  private probe(id: string): number {
    const { slots, hashes, names } = this;
    const mask = slots.length - 1;
    const hash = hashOf(id);
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const entry = slots[at] as number;
      if (entry === 0) {
        this.missHash = hash;
        this.missSlot = at;
        return -1;
      }
      if (hashes[entry - 1] === hash && names[entry - 1] === id) return entry - 1;
    }
  }

  /** Adds `id`, which the last `probe` did not find, and returns its index. */
  private append(id: string): number {
    const index = this.names.length;
    this.names.push(id);
    if (index === this.hashes.length) {
      const grown = new Int32Array(index * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[index] = this.missHash;
    this.slots[this.missSlot] = index + 1;
    // Half full at most, so that a probe meets few neighbours.
    if (this.names.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    return index;
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let i = 0; i < this.names.length; i += 1) {
      let at = (this.hashes[i] as number) & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = i + 1;
    }
    this.slots = slots;
  }

  /** Moves the cursor to `to`, remembering where it was when this is a jump rather than a step on. */
  private moveTo(to: number): number {
    const step = to - this.cursor;
    if (step < 0 || step > SCAN_AHEAD) this.other = this.cursor;
    return (this.cursor = to);
  }

  name(i: number): string {
    return this.names[i] ?? '';
  }

  get size(): number {
    return this.names.length;
  }
}

/** A read-only lookup by string ID, the subset of ReadonlyMap the checkers use. */
export interface Lookup<T> {
  get(id: string): T | undefined;
  /** By dense ID of the table the lookup is keyed by (see `Column.at`). */
  at(i: number | undefined): T | undefined;
  has(id: string): boolean;
  readonly size: number;
  keys(): IterableIterator<string>;
}

/** One value per ID: the first one stored wins (later ones are duplicates, counted apart). */
export class Column<T> implements Lookup<T> {
  private readonly values: (T | undefined)[] = [];
  size = 0;

  constructor(private readonly table: IdTable) {}

  set(id: string, value: T, fresh = false): boolean {
    const i = fresh ? this.table.internNew(id) : this.table.intern(id);
    if (this.values[i] !== undefined) return false;
    this.values[i] = value;
    this.size += 1;
    return true;
  }

  get(id: string): T | undefined {
    const i = this.table.find(id);
    return i === undefined ? undefined : this.values[i];
  }

  /** The value at a dense ID of the table (from `IdTable.find`), without looking the name up. */
  at(i: number | undefined): T | undefined {
    return i === undefined ? undefined : this.values[i];
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  *keys(): IterableIterator<string> {
    for (let i = 0; i < this.values.length; i += 1)
      if (this.values[i] !== undefined) yield this.table.name(i);
  }
}

const NONE: readonly never[] = [];

/** Several values per ID, a lone value stored unwrapped (most conversations have one of each). */
export class ListColumn<V> {
  private readonly first: (V | undefined)[] = [];
  private readonly more = new Map<number, V[]>();
  /**
   * 1 where `more` holds values: a lone value (most IDs) is answered without a Map lookup, which
   * cost ~100 ns a call when several checkers ask about each of 650k moved conversations.
   */
  private several = new Uint8Array(64);

  constructor(private readonly table: IdTable) {}

  /**
   * A new, empty column keyed by the same table: lookups that walk the conversations in the
   * world's order then hit the table's cursor instead of missing a small table's hash map.
   */
  alongside<W>(): ListColumn<W> {
    return new ListColumn<W>(this.table);
  }

  add(id: string, value: V): void {
    const i = this.table.intern(id);
    if (this.first[i] === undefined) this.first[i] = value;
    else {
      const list = this.more.get(i);
      if (list === undefined) this.more.set(i, [value]);
      else list.push(value);
      if (i >= this.several.length) {
        const grown = new Uint8Array(Math.max(i + 1, this.several.length * 2));
        grown.set(this.several);
        this.several = grown;
      }
      this.several[i] = 1;
    }
  }

  /** The values of an ID in insertion order; empty when none. */
  get(id: string): readonly V[] {
    return this.at(this.table.find(id));
  }

  /** The values at a dense ID of the table (from `IdTable.find`), without looking the name up. */
  at(i: number | undefined): readonly V[] {
    const head = i === undefined ? undefined : this.first[i];
    if (i === undefined || head === undefined) return NONE;
    const rest = this.several[i] === 1 ? this.more.get(i) : undefined;
    return rest === undefined ? [head] : [head, ...rest];
  }

  /** The first value of an ID (undefined when none), without building its list. */
  head(id: string): V | undefined {
    const i = this.table.find(id);
    return i === undefined ? undefined : this.first[i];
  }

  has(id: string): boolean {
    return this.head(id) !== undefined;
  }

  count(id: string): number {
    const i = this.table.find(id);
    if (i === undefined || this.first[i] === undefined) return 0;
    return 1 + (this.more.get(i)?.length ?? 0);
  }

  /** Every ID holding values, with them. */
  *entries(): IterableIterator<[string, readonly V[]]> {
    for (let i = 0; i < this.first.length; i += 1) {
      const head = this.first[i];
      if (head === undefined) continue;
      const rest = this.more.get(i);
      yield [this.table.name(i), rest === undefined ? [head] : [head, ...rest]];
    }
  }
}
