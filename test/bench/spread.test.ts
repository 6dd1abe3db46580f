import { describe, expect, it } from 'vitest';
import { showSpread, spread } from '../../bench/spread.ts';

describe('spread of a repeated figure', () => {
  it('takes the median, min and max whatever the order', () => {
    expect(spread([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, runs: 3 });
    expect(spread([5, 9, 1, 7])).toEqual({ median: 5, min: 1, max: 9, runs: 4 });
  });

  it('refuses to summarise nothing', () => {
    expect(() => spread([])).toThrow(/no measurement/);
  });

  it('shows the range only when there is one', () => {
    const fixed = (v: number) => v.toFixed(1);
    expect(showSpread(spread([1.25, 1, 2]), fixed)).toBe('1.3 (1.0–2.0)');
    expect(showSpread(spread([2, 2]), fixed)).toBe('2.0');
  });
});
