import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Column, IdTable, ListColumn } from '../../rules/id-table.ts';

describe('IdTable and its columns (the checkers index)', () => {
  it('interns IDs densely, in order, and finds them in and out of order', () => {
    const table = new IdTable();
    expect(['a', 'b', 'c'].map((id) => table.internNew(id))).toEqual([0, 1, 2]);
    expect(['a', 'b', 'c', 'b', 'a'].map((id) => table.intern(id))).toEqual([0, 1, 2, 1, 0]);
    expect(table.find('zz')).toBeUndefined();
    expect(table.intern('zz')).toBe(3);
  });

  it('answers as a Map would, over any mix of interning and finding, through every growth', () => {
    // Few distinct short names make repeats, long runs make the typed hash index grow many times.
    const name = fc.oneof(
      fc.constantFrom('a', 'b', 'ab', 'ba', ''),
      fc.string({ maxLength: 6 }),
      fc.nat(3000).map((n) => `c${n}`),
    );
    const op = fc.tuple(fc.constantFrom('intern', 'internNew', 'find'), name);
    fc.assert(
      fc.property(fc.array(op, { maxLength: 3000, size: 'max' }), (ops) => {
        const table = new IdTable();
        const model = new Map<string, number>();
        for (const [kind, id] of ops) {
          const known = model.get(id);
          if (kind === 'find') expect(table.find(id)).toBe(known);
          else {
            const got = kind === 'intern' ? table.intern(id) : table.internNew(id);
            if (known === undefined) model.set(id, model.size);
            expect(got).toBe(model.get(id));
          }
        }
        expect(table.size).toBe(model.size);
        for (const [id, i] of model) expect([table.find(id), table.name(i)]).toEqual([i, id]);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the first index of a duplicate among new IDs', () => {
    const table = new IdTable();
    expect(['a', 'b', 'a', 'c'].map((id) => table.internNew(id))).toEqual([0, 1, 0, 2]);
    expect(table.size).toBe(3);
  });

  it('finds IDs of two interleaved walks, and far jumps, whatever the cursors', () => {
    const table = new IdTable();
    const ids = Array.from({ length: 40 }, (_, i) => `id-${i}`);
    for (const id of ids) table.internNew(id);
    // Two walks in order (0.. and 20..) interleaved, then jumps back and forth across the table.
    const walk = [0, 20, 1, 21, 2, 22, 3, 23, 39, 5, 5, 6, 30, 7, 31, 0, 38, 12];
    expect(walk.map((i) => table.find(ids[i] ?? ''))).toEqual(walk);
    expect(table.find('id-40')).toBeUndefined();
    expect(table.intern('new-a')).toBe(40);
    expect(table.find('id-8')).toBe(8);
    expect([table.intern('new-b'), table.find('id-9'), table.find('new-a')]).toEqual([41, 9, 40]);
  });

  it('gives a column alongside another the same IDs, and the first value without a list', () => {
    const table = new IdTable();
    const moved = new ListColumn<number>(table);
    moved.add('a', 1);
    moved.add('a', 2);
    const other = moved.alongside<string>();
    other.add('b', 'x');
    expect([table.size, other.get('b'), other.get('a'), moved.head('a'), moved.head('b')]).toEqual([
      2,
      ['x'],
      [],
      1,
      undefined,
    ]);
  });

  it('keeps the first value of a column and counts distinct IDs', () => {
    const table = new IdTable();
    const column = new Column<{ id: string; v: number }>(table);
    expect(column.set('x', { id: 'x', v: 1 })).toBe(true);
    expect(column.set('x', { id: 'x', v: 2 })).toBe(false);
    expect(column.get('x')?.v).toBe(1);
    expect([column.size, column.has('y'), [...column.keys()]]).toEqual([1, false, ['x']]);
  });

  it('lists several values per ID in insertion order', () => {
    const list = new ListColumn<number>(new IdTable());
    list.add('a', 0);
    list.add('b', 1);
    list.add('a', 2);
    expect([list.get('a'), list.get('b'), list.get('c')]).toEqual([[0, 2], [1], []]);
    expect([list.count('a'), list.has('c')]).toEqual([2, false]);
    expect([...list.entries()]).toEqual([
      ['a', [0, 2]],
      ['b', [1]],
    ]);
  });
});
