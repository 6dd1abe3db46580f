import { describe, expect, it } from 'vitest';
import { measureCheckFloor } from '../../bench/check-floor.ts';

describe('bench: the floor of any check of a move', () => {
  it('times the move, the check and both floor passes on one trace', () => {
    const f = measureCheckFloor(2_000);
    expect(f.conversations).toBe(2_000);
    for (const ms of [f.moveMs, f.checkMs, f.readMs, f.joinMs]) expect(ms).toBeGreaterThan(0);
    // The read pass counts every conversation of both worlds at least once; the join finds them.
    expect(f.sum).toBeGreaterThan(4_000);
  });
});
