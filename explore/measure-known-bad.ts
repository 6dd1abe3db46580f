// How fast random exploration catches each known-bad system, from the DEFAULT settings:
//   npx tsx explore/measure-known-bad.ts [--seeds 5] [--save scenarios/corpus]
// Prints a Markdown table: runs to failure at the default seed and the median over seeds
// 42 + i * 1000003 (of the seeds whose first failure breaks the intended rule; a first failure of
// other rules only is counted apart); the median wall time of those explorations
// (finding and shrinking); the default seed's shrunk counterexample size; the rules it violated.
// With --save, the default-seed counterexample of each caught system goes to that folder (to refill
// scenarios/corpus/ with exactly one per system, use test/explore/_refill-corpus.ts).
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { KNOWN_BAD, type KnownBad } from '../mutants/index.ts';
import { saveCounterexamples } from './counterexample-file.ts';
import { explore } from './explore.ts';
import { DEFAULT_EXPLORE_OPTIONS, exploreOptions } from './explore-options.ts';

/** Seeds far apart: run k of seed b is run k-1 of seed b+1 (seeding.ts), so b, b+1 would overlap. */
export const SEED_STRIDE = 1_000_003;

/** One known-bad system measured. */
export interface Measurement {
  readonly bad: KnownBad;
  /** Runs to failure at the default seed; null when not caught within the default runs. */
  readonly runsToFailure: number | null;
  /** Runs to failure at each seed that caught it breaking its intended rule. */
  readonly caughtAt: readonly number[];
  /** Seeds whose first failure was of other rules only (the bug seen through another rule). */
  readonly otherRule: number;
  /** Wall-clock ms of the exploration (finding and shrinking) at each seed that caught it. */
  readonly msToCatch: readonly number[];
  readonly seeds: number;
  readonly conversations: number | null;
  readonly commands: number | null;
  readonly violated: readonly string[];
}

/** The median of `xs`; null for none. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Explores `bad` from the default settings at `seeds` seeds; saves the first seed's counterexample. */
export function measure(
  bad: KnownBad,
  seeds: number,
  saveDir: string | null = null,
  now: () => number = () => performance.now(),
): Measurement {
  const caughtAt: number[] = [];
  const msToCatch: number[] = [];
  let otherRule = 0;
  let first: Measurement | null = null;
  for (let s = 0; s < seeds; s += 1) {
    const options = exploreOptions({
      seed: DEFAULT_EXPLORE_OPTIONS.seed + s * SEED_STRIDE,
      system: bad.file,
    });
    const started = now();
    const records = explore(bad.factory, options);
    const elapsed = now() - started;
    const failing = records.find((r) => r.failure !== null);
    if (failing?.failure?.violated.includes(bad.intended) === true) {
      caughtAt.push(failing.index + 1);
      msToCatch.push(elapsed);
    } else if (failing !== undefined) otherRule += 1;
    if (s > 0) continue;
    if (saveDir !== null) saveCounterexamples(records, options, saveDir);
    const f = failing?.failure ?? null;
    first = {
      bad,
      runsToFailure: failing === undefined ? null : failing.index + 1,
      caughtAt: [],
      otherRule: 0,
      msToCatch: [],
      seeds,
      conversations: f?.scenario.world.conversations.length ?? null,
      commands: f?.scenario.script.length ?? null,
      violated: f?.violated ?? [],
    };
  }
  if (first === null) throw new Error('measure: seeds must be at least 1');
  return { ...first, caughtAt, otherRule, msToCatch };
}

/** The Markdown table of measurements. */
export function measureTable(rows: readonly Measurement[]): string {
  const seeds = rows[0]?.seeds ?? 0;
  const dash = (v: number | null): string => (v === null ? '-' : String(v));
  const ms = median(rows.flatMap((m) => m.msToCatch));
  return [
    `| system | intended | runs to failure (seed ${DEFAULT_EXPLORE_OPTIONS.seed}) | median over ${seeds} seeds | caught (intended rule) | another rule first | median time to catch (ms) | conversations | commands | violated |`,
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((m) => {
      const time = median(m.msToCatch);
      return `| ${m.bad.file.replace('mutants/', '')} | ${m.bad.intended} | ${dash(m.runsToFailure)} | ${dash(median(m.caughtAt))} | ${m.caughtAt.length}/${m.seeds} | ${m.otherRule} | ${time === null ? '-' : Math.round(time)} | ${dash(m.conversations)} | ${dash(m.commands)} | ${m.violated.join(', ') || '-'} |`;
    }),
    '',
    `Caught breaking the intended rule at the default seed: ${rows.filter((m) => m.violated.includes(m.bad.intended)).length}/${rows.length}; median time to catch over all: ${ms === null ? '-' : Math.round(ms)} ms.`,
  ].join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { seeds: { type: 'string', default: '5' }, save: { type: 'string' } },
  });
  const rows = KNOWN_BAD.map((bad) => measure(bad, Number(values.seeds), values.save ?? null));
  process.stdout.write(`${measureTable(rows)}\n`);
}
