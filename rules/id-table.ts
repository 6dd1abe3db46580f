/**
 * Dense integer IDs for string IDs, and columns keyed by them. A million-conversation trace would
 * otherwise need a string-keyed Map per question (before, after, tickets, moved, created...):
 * each costs ~0.2 s to fill and grows the heap the garbage collector must walk. Here one table
 * interns the IDs and every column is a plain or typed array.
 */
import { StringIndex } from '../domain/string-index.ts';

/** How many names after the last one found `find` compares before hashing. */
const SCAN_AHEAD = 8;

export class IdTable {
  /** Name → dense ID; a dense ID is its entry in the index (domain/string-index.ts). */
  private readonly index: StringIndex;
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

  /** `expected`: how many IDs the table will hold, a guess (it grows past it). */
  constructor(expected = 0) {
    this.index = new StringIndex(expected);
  }

  /** The dense ID of `id`, assigning the next one when new. */
  intern(id: string): number {
    const known = this.find(id);
    // `find` missed only after asking the index, so the index knows where the new name goes.
    return known !== undefined ? known : this.moveTo(this.index.addMissing(id, this.index.size));
  }

  /**
   * `intern` for IDs expected to be new (filling an empty table from the world before): straight
   * to the hash index, without first comparing the names around the cursor.
   */
  internNew(id: string): number {
    const known = this.index.entryOf(id);
    return this.moveTo(known >= 0 ? known : this.index.addMissing(id, this.index.size));
  }

  find(id: string): number | undefined {
    // The two commonest answers first, in a body small enough for the callers to inline: the next
    // name (a walk in order) and the same one (several columns asked about one ID in a row).
    // Names are unique, so whichever matches is the one.
    const cursor = this.cursor;
    if (this.index.key(cursor + 1) === id) return (this.cursor = cursor + 1);
    if (this.index.key(cursor) === id) return cursor;
    return this.findFurther(id);
  }

  private findFurther(id: string): number | undefined {
    const index = this.index;
    const cursor = this.cursor;
    if (index.key(this.other + 1) === id) return this.moveTo(this.other + 1);
    // A walk in order that skips a few IDs (a move's events skip the conversations of other
    // channels) is still found by comparing strings, which is cheaper than a cache-missing hash
    // lookup; names are unique, so the first equal one is the one.
    const end = Math.min(index.size, cursor + 1 + SCAN_AHEAD);
    for (let i = cursor + 2; i < end; i += 1) if (index.key(i) === id) return (this.cursor = i);
    const found = index.entryOf(id);
    return found < 0 ? undefined : this.moveTo(found);
  }

  /** Moves the cursor to `to`, remembering where it was when this is a jump rather than a step on. */
  private moveTo(to: number): number {
    const step = to - this.cursor;
    if (step < 0 || step > SCAN_AHEAD) this.other = this.cursor;
    return (this.cursor = to);
  }

  name(i: number): string {
    return this.index.key(i) ?? '';
  }

  get size(): number {
    return this.index.size;
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
  private readonly values: (T | undefined)[];
  size = 0;

  /**
   * `expected`: the dense IDs it will hold values for, a guess: a column that will hold most of a
   * million-entry table is allocated at once rather than outgrown (see StringIndex).
   */
  constructor(
    private readonly table: IdTable,
    expected = 0,
  ) {
    this.values = new Array<T | undefined>(expected);
  }

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
  private readonly first: (V | undefined)[];
  private readonly more = new Map<number, V[]>();
  /**
   * 1 where `more` holds values: a lone value (most IDs) is answered without a Map lookup, which
   * cost ~100 ns a call when several checkers ask about each of 650k moved conversations.
   */
  private several = new Uint8Array(64);

  /** `expected`: as for `Column`. */
  constructor(
    private readonly table: IdTable,
    expected = 0,
  ) {
    this.first = new Array<V | undefined>(expected);
  }

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
