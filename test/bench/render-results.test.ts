import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportRun } from '../../bench/import-bench.ts';
import { readImportRuns } from '../../bench/import-bench.ts';
import { renderResults, type BenchResults } from '../../bench/render-results.ts';
import { exploreWorkersRow } from '../../bench/repetitions.ts';

const spread = (median: number) => ({ median, min: median, max: median, runs: 3 });

const results: BenchResults = {
  machine: { cpus: '2 × test', memoryGiB: 24, node: 'v20', os: 'linux', childFlags: '' },
  loadAverage: { start: '0.1', end: '0.1' },
  quick: true,
  repetitions: 1,
  sizes: [],
  explore: {
    scenarios: 10,
    perSecond: 100,
    knownBad: null,
    spread: { perSecond: spread(100), perYardstick: null },
  } as unknown as BenchResults['explore'],
};

const run = (threads: number, bodies: boolean, peakRssMiB: number): ImportRun => ({
  threads,
  bodies,
  messages: threads * 5,
  exportMiB: 1,
  writeMs: 1,
  conversations: threads,
  importMs: 1500,
  retainedHeapMiB: 100,
  scenarioMs: 500,
  peakRssMiB,
  heapCapMiB: 2048,
  loadAverage: { start: '1.00 1.00 1.00', end: '1.00 1.00 1.00' },
  node: 'v20',
});

describe('renderResults: the opt-in import runs', () => {
  it('shows every recorded run and judges the 2 GiB target at a million threads only', () => {
    const md = renderResults(results, [
      run(100_000, true, 700),
      run(1_000_000, false, 1900),
      run(1_000_000, true, 2600),
    ]);
    expect(md).toContain('## Importing an API export (opt-in)');
    expect(md).toContain('| 100,000 | kept | 500,000 |');
    expect(md).toContain('| import 1,000,000 threads (bodies left out) ≤ 2 GiB peak RSS | 1,900 MiB | met |');
    expect(md).toContain(
      '| import 1,000,000 threads (bodies kept) ≤ 2 GiB peak RSS | 2,600 MiB | **missed** |',
    );
    expect(md).not.toContain('import 100,000 threads');
  });

  it('leaves the section out when nothing was recorded', () => {
    expect(renderResults(results, [])).not.toContain('Importing an API export');
  });
});

describe('renderResults: the bulk scenario file at scale', () => {
  const file = (conversations: number, overCore: number, peakRss: number) => ({
    conversations,
    violated: 0,
    outcome: 'pass',
    spread: {
      loadMs: { median: 6000, min: 5000, max: 7000, runs: 3 },
      runMs: spread(15_000),
      overCore: spread(overCore),
      peakRss: spread(peakRss),
    },
  });

  it('shows its figures and judges both targets at a million conversations', () => {
    const md = renderResults({ ...results, scenarioFile: file(1_000_000, 1.25, 2.5 * 2 ** 30) });
    expect(md).toContain('load **6.00 (5.00–7.00) s**, runScenario **15.00 s**');
    expect(md).toContain('generate + move + check | 1.25× | met |');
    expect(md).toContain('scenario file ≤ 2 GiB peak RSS | 2.50 GiB | **missed** |');
  });

  it('judges no target below a million, and says nothing when it was not measured', () => {
    const md = renderResults({ ...results, scenarioFile: file(100_000, 3, 2 ** 30) });
    expect(md).toContain('a `bulk:` file of 100,000 conversations');
    expect(md).not.toContain('1M `bulk:` scenario file');
    expect(renderResults(results)).not.toContain('Scenario file at scale');
  });
});

describe('renderResults: explore with --workers 2', () => {
  const measured = [
    { runs: 10_000, oneWorkerMs: 10_000, twoWorkersMs: 8_000 },
    { runs: 10_000, oneWorkerMs: 12_000, twoWorkersMs: 6_000 },
    { runs: 10_000, oneWorkerMs: 9_000, twoWorkersMs: 7_500 },
  ];

  it('takes the speed-up within each repetition, then its median and range', () => {
    const row = exploreWorkersRow(measured);
    expect(row.runs).toBe(10_000);
    expect(row.spread.speedup).toEqual({ median: 1.25, min: 1.2, max: 2, runs: 3 });
    expect(row.spread.oneWorkerPerSecond.median).toBeCloseTo(1000);
    expect(row.spread.twoWorkersPerSecond.median).toBeCloseTo(1333.3, 1);
    expect(() => exploreWorkersRow([])).toThrow('no repetition');
  });

  it('shows both rates and judges the 1.8× target; says nothing when it was not measured', () => {
    const md = renderResults({ ...results, exploreWorkers: exploreWorkersRow(measured) });
    expect(md).toContain('**1000 (833–1111) /s** on one thread');
    expect(md).toContain('**1.25× (1.20×–2.00×)** (same records both ways)');
    expect(md).toContain(
      '| exploration with `--workers 2` ≥ 1.8× one thread | 1.25× (1.20×–2.00×) | **missed** |',
    );
    const fast = exploreWorkersRow([{ runs: 10, oneWorkerMs: 19, twoWorkersMs: 10 }]);
    expect(renderResults({ ...results, exploreWorkers: fast })).toContain(
      '≥ 1.8× one thread | 1.90× | met |',
    );
    expect(renderResults(results)).not.toContain('--workers 2');
  });
});

describe('readImportRuns', () => {
  it('reads the runs smallest first; no file is no runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ims-import-runs-'));
    const many = join(dir, 'many.json');
    writeFileSync(many, JSON.stringify({ runs: [run(1_000_000, false, 1), run(100_000, true, 1)] }));
    expect(readImportRuns(many).map((r) => r.threads)).toEqual([100_000, 1_000_000]);
    expect(readImportRuns(join(dir, 'none.json'))).toEqual([]);
  });
});
