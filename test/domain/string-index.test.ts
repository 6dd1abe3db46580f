import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringIndex } from '../../domain/string-index.ts';

describe('StringIndex (typed-array map of IDs)', () => {
  it('answers as a Map would over any mix of sets and lookups, through every growth, whatever its size guess', () => {
    // Few distinct short keys make overwrites; long runs of numbered IDs make the table grow often.
    const key = fc.oneof(
      fc.constantFrom('a', 'b', 'ab', 'ba', ''),
      fc.string({ maxLength: 6 }),
      fc.nat(3000).map((n) => `conv-${n}`),
    );
    const op = fc.tuple(fc.boolean(), key, fc.integer({ min: -5, max: 1_000_000 }));
    fc.assert(
      fc.property(fc.nat(4000), fc.array(op, { maxLength: 3000, size: 'max' }), (expected, ops) => {
        // Sized for any guess, right or wrong.
        const index = new StringIndex(expected);
        const model = new Map<string, number>();
        for (const [write, k, value] of ops) {
          if (write) {
            index.set(k, value);
            model.set(k, value);
          } else expect(index.get(k)).toBe(model.get(k));
        }
        expect(index.size).toBe(model.size);
        // Entries are numbered in insertion order, as a Map iterates.
        [...model].forEach(([k, value], entry) => {
          expect([index.key(entry), index.value(entry), index.entryOf(k)]).toEqual([k, value, entry]);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('adds a missing key where the lookup that missed it left off', () => {
    const index = new StringIndex();
    expect(index.entryOf('x')).toBe(-1);
    expect(index.addMissing('x', 7)).toBe(0);
    expect([index.get('x'), index.get('y'), index.size]).toEqual([7, undefined, 1]);
  });
});
