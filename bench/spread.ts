/**
 * The spread of one figure over the repetitions of a bench run. These machines are shared and noisy
 * (the same run can differ 2× from one hour to the next), so a figure is never one measurement: it is
 * the median of ≥ 3 runs in fresh processes, with its min and max beside it.
 */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

/** Median (the lower middle for an even count: a value that was measured), min and max. */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('spread of no measurement');
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    runs: sorted.length,
  };
}

/** `1.23 (1.10–1.41)`: median and range, each through `show`. */
export function showSpread(s: Spread, show: (value: number) => string): string {
  return s.runs === 1 || s.min === s.max
    ? show(s.median)
    : `${show(s.median)} (${show(s.min)}–${show(s.max)})`;
}
