import { describe, expect, it } from 'vitest';
import type { LargeRun } from '../../bench/large-size.ts';
import { parseSize } from '../../bench/large-size.ts';
import { renderResults, type BenchResults } from '../../bench/render-results.ts';
import type { SizeRow } from '../../bench/repetitions.ts';

const GiB = 2 ** 30;
const one = (median: number) => ({ median, min: median, max: median, runs: 1 });

/** A size row whose move + check cost `usPerMoved` µs per moved conversation (65% moved). */
function row(conversations: number, usPerMoved: number, peakGiB: number): SizeRow {
  const moved = Math.round(conversations * 0.65);
  const moveMs = (usPerMoved * moved) / 1000 / 3;
  const checkMs = 2 * moveMs;
  return {
    conversations,
    channelConversations: moved,
    moveMs,
    checkMs,
    verdicts: { pass: 45, violated: 0, other: 0 },
    countsMatch: true,
    spread: {
      generateMs: one(1000),
      moveMs: one(moveMs),
      checkMs: one(checkMs),
      baselineMs: one(moveMs / 1.4),
      referenceOverPlain: one(1.4),
      checkOverMove: one(2),
      peakRss: one(peakGiB * GiB),
    },
  } as unknown as SizeRow;
}

const results = (million: SizeRow): BenchResults =>
  ({
    machine: { cpus: '2 × test', memoryGiB: 24, node: 'v20', os: 'linux', childFlags: '' },
    loadAverage: { start: '0.1', end: '0.1' },
    quick: false,
    repetitions: 3,
    sizes: [million],
    explore: {
      scenarios: 10,
      perSecond: 100,
      knownBad: null,
      spread: { perSecond: one(100), perYardstick: null },
    },
  }) as unknown as BenchResults;

const large = (r: SizeRow): LargeRun => ({
  row: r,
  heapLimitMiB: 20_000,
  loadAverage: { start: '1.00 1.00 1.00', end: '1.10 1.00 1.00' },
  node: 'v20',
});

describe('bench --size: the opt-in large sizes', () => {
  it('reads sizes as a count, with k and m, and refuses anything else', () => {
    expect([parseSize('10m'), parseSize('2.5m'), parseSize('500k'), parseSize('1234567')]).toEqual([
      10_000_000, 2_500_000, 500_000, 1_234_567,
    ]);
    expect([
      parseSize('ten'),
      parseSize('10g'),
      parseSize('-1m'),
      parseSize('999'),
      parseSize(undefined),
    ]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('judges 10M against 12 GiB and against the 1M per-conversation cost', () => {
    const md = renderResults(results(row(1_000_000, 30, 1.9)), [], [large(row(10_000_000, 39, 13.5))]);
    expect(md).toContain('## Large sizes (opt-in)');
    expect(md).toContain('| 10,000,000 | 6,500,000 | 1 |');
    expect(md).toContain('| 1.35 | 39.00 | 1.30× | 20,000 |');
    expect(md).toContain('| 10M generated, moved and checked ≤ 12 GiB peak RSS | 13.50 GiB | **missed** |');
    expect(md).toContain('| 10M per-conversation cost ≤ 1.2× 1M | 1.30× | **missed** |');
    const fits = renderResults(results(row(1_000_000, 30, 1.9)), [], [large(row(10_000_000, 33, 11))]);
    expect(fits).toContain('≤ 12 GiB peak RSS | 11.00 GiB | met |');
    expect(fits).toContain('≤ 1.2× 1M | 1.10× | met |');
  });

  it('shows other large sizes without judging them, and nothing when none was recorded', () => {
    const md = renderResults(results(row(1_000_000, 30, 1.9)), [], [large(row(5_000_000, 30, 9))]);
    expect(md).toContain('| 5,000,000 | 3,250,000 | 1 |');
    expect(md).not.toContain('10M generated');
    expect(renderResults(results(row(1_000_000, 30, 1.9)))).not.toContain('Large sizes');
  });
});
