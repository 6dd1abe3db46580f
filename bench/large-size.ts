// `npm run bench -- --size 10m [--repeat N]`: one opt-in size beyond the default sweep (10m, 5m,
// 2500000...), measured as the sweep measures a size (size-run.ts: generate, move, check, then the
// plain loop in a process of its own), with a heap limit large enough for it. Each size replaces its
// own entry of bench/large-results.json; RESULTS.md shows them beside the 1M figures they are judged
// against (per-conversation cost and peak RSS per million).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { freemem } from 'node:os';
import { benchFile, loadAverage, runChild } from './child-process.ts';
import { GiB } from './format.ts';
import type { SizeRepetition } from './repetitions.ts';
import { sizeRow } from './repetitions.ts';
import type { SizeRow } from './repetitions.ts';
import type { BaselineFigures, SizeFigures } from './size-run.ts';

const RESULTS = benchFile('./large-results.json');

/**
 * Peak RSS per million conversations when no 1M figure is recorded yet (the 1M runs measure
 * 1.9–2.3 GiB). A size whose linear projection does not fit in the memory the machine has free is
 * refused before it starts, rather than left to the kernel's out-of-memory killer, which may pick
 * another engineer's process on a shared machine.
 */
const DEFAULT_GIB_PER_MILLION = 2.3;

/** Peak RSS per million conversations of the recorded 1M run (bench/results.json), in GiB. */
function gibPerMillion(): number {
  const path = benchFile('./results.json');
  if (!existsSync(path)) return DEFAULT_GIB_PER_MILLION;
  const saved = JSON.parse(readFileSync(path, 'utf8')) as { sizes?: SizeRow[] };
  const big = saved.sizes?.find((row) => row.conversations === 1_000_000);
  return big === undefined ? DEFAULT_GIB_PER_MILLION : big.spread.peakRss.median / GiB;
}

/** The machine has too little memory free for the size: nothing was measured. */
export class LargeSizeRefused extends Error {}

/** One opt-in size, as recorded. */
export interface LargeRun {
  readonly row: SizeRow;
  /** The heap limit the children ran with (--max-old-space-size), MiB. */
  readonly heapLimitMiB: number;
  readonly loadAverage: { readonly start: string; readonly end: string };
  readonly node: string;
}

/** `10m` → 10,000,000; `2500000` → 2,500,000; undefined for anything else. */
export function parseSize(text: string | undefined): number | undefined {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text ?? '');
  if (match === null) return undefined;
  const scale = { '': 1, k: 1e3, m: 1e6 }[(match[2] ?? '').toLowerCase()] ?? 1;
  const n = Math.round(Number(match[1]) * scale);
  return Number.isSafeInteger(n) && n >= 1000 ? n : undefined;
}

/** The recorded runs, smallest first. */
export function readLargeRuns(path = RESULTS): LargeRun[] {
  if (!existsSync(path)) return [];
  const saved = JSON.parse(readFileSync(path, 'utf8')) as { runs?: LargeRun[] };
  return [...(saved.runs ?? [])].sort((a, b) => a.row.conversations - b.row.conversations);
}

/**
 * Measures size `n` `repeat` times (reference run, then its plain loop) and records it. Throws
 * LargeSizeRefused when the machine has too little memory free for it, and the child's error when
 * a run fails (out of memory within its heap limit).
 */
export function runLargeSize(n: number, repeat: number, flags: readonly string[]): LargeRun {
  const perMillion = gibPerMillion();
  const projectedGiB = (perMillion * n) / 1e6;
  const freeGiB = freemem() / GiB;
  if (projectedGiB + 1 > freeGiB) {
    throw new LargeSizeRefused(
      `--size ${n.toLocaleString('en')}: projected peak RSS ${projectedGiB.toFixed(1)} GiB ` +
        `(${perMillion.toFixed(2)} GiB per million, as the recorded 1M run), but only ${freeGiB.toFixed(1)} GiB is free`,
    );
  }
  // V8's default heap limit (~4 GiB) stops a 10M run during generation. The heap may take what
  // the machine has free but 1.5 GiB (code, buffers, the young generation sit outside it), and a
  // quarter more than the projection at most.
  const heapLimitMiB = Math.floor(Math.min(projectedGiB * 1.25, freeGiB - 1.5) * 1024);
  const childFlags = [...flags, `--max-old-space-size=${heapLimitMiB}`];
  const loadAtStart = loadAverage();
  const reps: SizeRepetition[] = [];
  for (let rep = 1; rep <= repeat; rep++) {
    process.stderr.write(
      `size ${n.toLocaleString('en')}, repetition ${rep}/${repeat} (load ${loadAverage()})…\n`,
    );
    const figures = runChild<SizeFigures>('./size-run.ts', childFlags, [String(n)]);
    const baseline = runChild<BaselineFigures>('./size-run.ts', childFlags, [String(n), '--baseline']);
    if (JSON.stringify(figures.counts) !== JSON.stringify(baseline.counts)) {
      throw new Error(
        `reference and plain loop disagree at ${n}: ${JSON.stringify([figures.counts, baseline.counts])}`,
      );
    }
    reps.push({ figures, baseline });
  }
  const run: LargeRun = {
    row: sizeRow(reps),
    heapLimitMiB,
    loadAverage: { start: loadAtStart, end: loadAverage() },
    node: process.version,
  };
  const others = readLargeRuns().filter((r) => r.row.conversations !== n);
  writeFileSync(RESULTS, `${JSON.stringify({ runs: [...others, run] }, null, 2)}\n`);
  return run;
}
