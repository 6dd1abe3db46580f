import { describe, expect, it } from 'vitest';
import { formatSimTime } from '../../domain/index.ts';

describe('formatSimTime', () => {
  it('writes an instant as ISO-8601', () => {
    expect(formatSimTime(Date.UTC(2024, 4, 1, 9, 30))).toBe('2024-05-01T09:30:00.000Z');
    expect(formatSimTime(8.64e15)).toBe('+275760-09-13T00:00:00.000Z');
  });

  it('writes a number no Date can hold as the number, never throwing', () => {
    for (const at of [8.64e15 + 1, -9e15, 1e300, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(formatSimTime(at)).toBe(`${at} ms (no calendar date)`);
    }
  });
});
