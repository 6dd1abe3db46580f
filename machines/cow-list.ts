import { StringIndex } from '../domain/string-index.ts';

/**
 * A list of immutable records, indexed by ID, copied on write. `snapshot()` hands out the current
 * array; the next write copies it first, so every array ever handed out stays as it was. Reading
 * is free; the copy (8 MB for a million entries) is paid once per snapshot, not per write.
 */
export class CowList<T extends { readonly id: string }> {
  private items: T[];
  private shared = true;
  /**
   * ID → position; null for a list never looked up by ID. A typed-array index, not a Map: filling a
   * million-entry Map was a sixth of the reference's move at 1M, and it kept ~60 MB alive.
   */
  private readonly index: StringIndex | null;

  constructor(items: readonly T[], options: { readonly indexed: boolean } = { indexed: true }) {
    // Never written while shared: the caller's array is safe.
    this.items = items as T[];
    this.index = options.indexed ? new StringIndex(items.length) : null;
    for (let i = 0; this.index !== null && i < items.length; i++) {
      const item = items[i];
      if (item !== undefined) this.index.set(item.id, i);
    }
  }

  get length(): number {
    return this.items.length;
  }

  indexOf(id: string): number | undefined {
    return this.index?.get(id);
  }

  get(id: string): T | undefined {
    const at = this.index?.get(id);
    return at === undefined ? undefined : this.items[at];
  }

  at(position: number): T | undefined {
    return this.items[position];
  }

  /** Replaces the record at `position` with a new one (the old object is left untouched). */
  replace(position: number, item: T): void {
    this.own();
    this.items[position] = item;
  }

  /** Appends a record and returns its position. */
  push(item: T): number {
    this.own();
    this.index?.set(item.id, this.items.length);
    return this.items.push(item) - 1;
  }

  /** The current array; it will never change afterwards. */
  snapshot(): readonly T[] {
    this.shared = true;
    return this.items;
  }

  private own(): void {
    if (!this.shared) return;
    this.items = this.items.slice();
    this.shared = false;
  }
}
