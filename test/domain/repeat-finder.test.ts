import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RepeatFinder } from '../../domain/repeat-finder.ts';

/** The positions of IDs equal to an earlier one, by RepeatFinder's two walks. */
function repeatsOf(ids: readonly string[]): number[] {
  const finder = new RepeatFinder(ids.length);
  for (const id of ids) finder.add(id);
  const walk = finder.secondWalk();
  if (walk === undefined) return [];
  return ids.flatMap((id, k) => (walk(id) ? [k] : []));
}

/** The same, with a Set. */
function expectedRepeats(ids: readonly string[]): number[] {
  const seen = new Set<string>();
  return ids.flatMap((id, k) => {
    if (seen.has(id)) return [k];
    seen.add(id);
    return [];
  });
}

describe('RepeatFinder', () => {
  it('finds exactly the IDs equal to an earlier one, as a Set would', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3, unit: fc.constantFrom('a', 'b', '-', 'é') })), (ids) => {
        expect(repeatsOf(ids)).toEqual(expectedRepeats(ids));
      }),
    );
  });

  it('tells apart different IDs whose hashes collide (200,000 distinct IDs)', () => {
    const ids = Array.from({ length: 200_000 }, (_, i) => `email-1-bulk-${i}-m${i % 5}`);
    const finder = new RepeatFinder(10); // grows past its guess
    for (const id of ids) finder.add(id);
    // A 32-bit hash over 200,000 IDs collides a few times: the string comparison is exercised.
    expect(finder.secondWalk()).toBeDefined();
    expect(repeatsOf(ids)).toEqual([]);
    expect(repeatsOf([...ids, ids[123_456] as string])).toEqual([200_000]);
  });

  it('answers undefined when no two hashes are equal', () => {
    const finder = new RepeatFinder(2);
    finder.add('a');
    finder.add('b');
    expect(finder.secondWalk()).toBeUndefined();
  });
});
