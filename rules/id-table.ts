/**
 * Dense integer IDs for string IDs, and columns keyed by them. A million-conversation trace would
 * otherwise need a string-keyed Map per question (before, after, tickets, moved, created...):
 * each costs ~0.2 s to fill and grows the heap the garbage collector must walk. Here one Map
 * interns the IDs and every column is a plain or typed array.
 */
/** How many names after the last one found `find` compares before asking the hash map. */
const SCAN_AHEAD = 8;

export class IdTable {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  /**
   * The last ID found. Traces mostly visit IDs in order (the world after in the order of the world
   * before, a move's events conversation after conversation), so the next or the same name is
   * tried before the hash map — a string comparison instead of a cache-missing lookup.
   */
  private cursor = -1;
  /**
   * Where the walk was before the cursor last jumped. A loop often walks two runs of IDs at once
   * (a conversation's tickets of the world before, and those its move created, which sit at the
   * end of the table): trying the name after each keeps both walks off the hash map.
   */
  private other = -1;

  /** The dense ID of `id`, assigning the next one when new. */
  intern(id: string): number {
    const known = this.find(id);
    if (known !== undefined) return known;
    this.names.push(id);
    this.ids.set(id, this.names.length - 1);
    return this.moveTo(this.names.length - 1);
  }

  /**
   * `intern` for IDs expected to be new (filling an empty table from the world before): one hash
   * operation instead of two. A duplicate is noticed by the unchanged size and keeps its first index.
   */
  internNew(id: string): number {
    const size = this.ids.size;
    this.ids.set(id, this.names.length);
    if (this.ids.size === size) {
      this.ids.set(id, this.names.indexOf(id));
      return this.find(id) ?? -1;
    }
    this.names.push(id);
    return this.moveTo(this.names.length - 1);
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
    const found = this.ids.get(id);
    return found === undefined ? undefined : this.moveTo(found);
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
    }
  }

  /** The values of an ID in insertion order; empty when none. */
  get(id: string): readonly V[] {
    const i = this.table.find(id);
    const head = i === undefined ? undefined : this.first[i];
    if (i === undefined || head === undefined) return NONE;
    const rest = this.more.get(i);
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
