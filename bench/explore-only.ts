// `npm run bench -- --explore-only [--quick] [--repeat N]`: exploration throughput alone, for
// measuring a change to the explore path without the size runs (minutes) and without touching the
// record (RESULTS.md, results.json). Each repetition measures the yardstick (the plain loop at 100k)
// and then exploration, in fresh processes, as a full run does; the line printed reads as RESULTS.md's.
import type { ExploreFigures } from './explore-run.ts';
import { loadAverage } from './child-process.ts';
import { exploreRow } from './repetitions.ts';
import type { BaselineFigures } from './size-run.ts';
import type { Spread } from './spread.ts';

/** A measurement in a fresh process with the bench's flags (bench/run.ts's `child`). */
type Child = <T>(script: string, args: readonly string[]) => T;

const range = (s: Spread): string => `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;

/** Prints the exploration line (median and range of the repetitions) and each repetition's figures as JSON. */
export function exploreOnly(child: Child, quick: boolean, repeat: number): void {
  const runs: ExploreFigures[] = [];
  const yardsticks: number[] = [];
  const loadAtStart = loadAverage();
  for (let rep = 1; rep <= repeat; rep++) {
    process.stderr.write(`repetition ${rep}/${repeat}, yardstick and exploration (load ${loadAverage()})…\n`);
    yardsticks.push(child<BaselineFigures>('./size-run.ts', ['100000', '--baseline']).baselineMs);
    runs.push(child<ExploreFigures>('./explore-run.ts', [quick ? '1000' : '3000', '--throughput-only']));
  }
  const row = exploreRow(runs, yardsticks);
  const perYardstick = row.spread.perYardstick;
  process.stdout.write(
    `Exploration: ${row.scenarios.toLocaleString('en')} scenarios per repetition, ${repeat} repetitions: ` +
      `${range(row.spread.perSecond)} scenarios/s wall; ` +
      `${perYardstick === null ? 'no yardstick' : `${range(perYardstick)} scenarios per yardstick`}; ` +
      `load ${loadAtStart} at start, ${loadAverage()} at end\n` +
      `${JSON.stringify({
        perSecond: runs.map((r) => r.perSecond),
        perCpuSecond: runs.map((r) => r.perCpuSecond),
        yardstickMs: yardsticks,
      })}\n`,
  );
}
