// `npm run bench` (tsx bench/run.ts [--quick] [--repeat N] | --render): every size and exploration,
// each in a fresh child process (peak RSS per size), repeated N times (default 3); writes
// bench/RESULTS.md (medians and ranges) and bench/results.json. `--explore-only`: exploration alone,
// printed, nothing written (bench/explore-only.ts). `--size 10m [--repeat N]`: one opt-in large size
// (bench/large-size.ts, default 1 repetition), recorded in bench/large-results.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { format } from 'prettier';
import { benchFile, loadAverage, runChild } from './child-process.ts';
import type { ExploreFigures } from './explore-run.ts';
import { exploreOnly } from './explore-only.ts';
import { readImportRuns, runImportBench } from './import-bench.ts';
import { LargeSizeRefused, parseSize, readLargeRuns, runLargeSize } from './large-size.ts';
import { renderResults } from './render-results.ts';
import type { BenchResults } from './render-results.ts';
import { exploreRow, exploreWorkersRow, scenarioFileRow, sizeRow, yardstickMs } from './repetitions.ts';
import type { ExploreWorkersFigures } from './explore-workers-run.ts';
import type { SizeRepetition } from './repetitions.ts';
import type { ScenarioFileFigures } from './scenario-file-run.ts';
import type { BaselineFigures, SizeFigures } from './size-run.ts';

/**
 * Node flags of the child processes. A larger young generation halves the scavenges of the
 * allocation-heavy phases (every generated conversation survives); said in RESULTS.md.
 */
export const CHILD_FLAGS: readonly string[] = ['--max-semi-space-size=32'];

/** One measurement in a fresh process with the bench's Node flags. */
const child = <T>(script: string, args: readonly string[]): T => runChild<T>(script, CHILD_FLAGS, args);

/** `--repeat N` (default 3, or `fallback`): each measurement N times, in fresh processes. */
function repetitions(argv: readonly string[], fallback = 3): number {
  const at = argv.indexOf('--repeat');
  if (at === -1) return fallback;
  const n = Number(argv[at + 1]);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`--repeat: expected a whole number ≥ 1, found ${String(argv[at + 1])}\n`);
    process.exit(2);
  }
  return n;
}

/** bench/RESULTS.md from `results` and the recorded import runs; returns the Markdown written. */
async function writeResultsMd(results: BenchResults): Promise<string> {
  const markdown = await formatted(renderResults(results, readImportRuns(), readLargeRuns()));
  writeFileSync(benchFile('./RESULTS.md'), markdown);
  return markdown;
}

/**
 * RESULTS.md again from the recorded bench/results.json, with the opt-in runs as they are now: after
 * an opt-in measurement, or a change to the renderer (`--render`), measuring nothing else.
 */
async function rerenderRecorded(): Promise<void> {
  await writeResultsMd(JSON.parse(readFileSync(benchFile('./results.json'), 'utf8')) as BenchResults);
}

async function main(): Promise<void> {
  if (process.argv.includes('--explore-only')) {
    exploreOnly(child, process.argv.includes('--quick'), repetitions(process.argv));
    return;
  }
  if (process.argv.includes('--render')) {
    // Re-render RESULTS.md from results.json (after a change to the renderer), measuring nothing.
    await rerenderRecorded();
    return;
  }
  const sizeAt = process.argv.indexOf('--size');
  if (sizeAt >= 0) {
    const n = parseSize(process.argv[sizeAt + 1]);
    if (n === undefined) {
      process.stderr.write(
        `--size: expected a number of conversations ≥ 1000 such as 10m, 2.5m or 500k, found ${String(process.argv[sizeAt + 1])}\n`,
      );
      process.exit(2);
    }
    try {
      const run = runLargeSize(n, repetitions(process.argv, 1), CHILD_FLAGS);
      process.stdout.write(`${JSON.stringify(run, null, 2)}\n`);
    } catch (error) {
      // Refused for want of memory: exit 2, nothing ran. A run that failed: its error, exit 1.
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(error instanceof LargeSizeRefused ? 2 : 1);
    }
    await rerenderRecorded();
    return;
  }
  const importAt = process.argv.indexOf('--import');
  if (importAt >= 0) {
    // Opt-in (`npm run bench -- --import [threads] [--no-bodies] [--heap-cap MiB]`): the API export import alone,
    // bench/import-bench.ts; RESULTS.md is re-rendered with it, the other figures as recorded.
    const threads = Number(process.argv[importAt + 1] ?? '') || 100_000;
    const capAt = process.argv.indexOf('--heap-cap');
    const cap = capAt >= 0 ? Number(process.argv[capAt + 1]) : undefined;
    if (cap !== undefined && !(Number.isInteger(cap) && cap >= 256)) {
      process.stderr.write(
        `--heap-cap: expected a whole number of MiB ≥ 256, found ${String(process.argv[capAt + 1])}\n`,
      );
      process.exit(2);
    }
    const run = runImportBench(threads, !process.argv.includes('--no-bodies'), cap);
    process.stdout.write(`${JSON.stringify(run, null, 2)}\n`);
    await rerenderRecorded();
    return;
  }
  const quick = process.argv.includes('--quick');
  const repeat = repetitions(process.argv);
  const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
  const loadAtStart = loadAverage();
  const bySize = new Map<number, SizeRepetition[]>(sizes.map((n) => [n, []]));
  const exploreRuns: ExploreFigures[] = [];
  const workersRuns: ExploreWorkersFigures[] = [];
  const largest = sizes[sizes.length - 1] ?? 100_000;
  const scenarioRuns: { file: ScenarioFileFigures; core: SizeFigures }[] = [];
  const yardsticks: (number | null)[] = [];
  // Repetition-major order: each repetition measures every size (reference, then its plain loop
  // right after) and exploration, so what is compared was measured side by side, and a noisy minute
  // spoils one repetition rather than one whole column.
  for (let rep = 1; rep <= repeat; rep++) {
    const thisRep: SizeRepetition[] = [];
    for (const n of sizes) {
      process.stderr.write(
        `repetition ${rep}/${repeat}, size ${n.toLocaleString('en')} (load ${loadAverage()})…\n`,
      );
      const figures = child<SizeFigures>('./size-run.ts', [String(n)]);
      const baseline = child<BaselineFigures>('./size-run.ts', [String(n), '--baseline']);
      if (JSON.stringify(figures.counts) !== JSON.stringify(baseline.counts)) {
        throw new Error(
          `reference and plain loop disagree at ${n}: ${JSON.stringify([figures.counts, baseline.counts])}`,
        );
      }
      thisRep.push({ figures, baseline });
      bySize.get(n)?.push({ figures, baseline });
    }
    yardsticks.push(yardstickMs(thisRep));
    // The same size as a bulk: scenario file, loaded and run (runScenario), next to its size run.
    process.stderr.write(
      `repetition ${rep}/${repeat}, scenario file of ${largest.toLocaleString('en')} (load ${loadAverage()})…\n`,
    );
    const core = thisRep.find((r) => r.figures.conversations === largest)?.figures;
    const file = child<ScenarioFileFigures>('./scenario-file-run.ts', [String(largest)]);
    if (core !== undefined) scenarioRuns.push({ file, core });
    process.stderr.write(`repetition ${rep}/${repeat}, exploration (load ${loadAverage()})…\n`);
    const exploreArgs = [quick ? '1000' : '3000', ...(rep > 1 ? ['--throughput-only'] : [])];
    exploreRuns.push(child<ExploreFigures>('./explore-run.ts', exploreArgs));
    // Long enough that each worker's start (loading the code, warming up the JIT) is not the whole figure.
    process.stderr.write(
      `repetition ${rep}/${repeat}, explore on one thread and on two workers (load ${loadAverage()})…\n`,
    );
    workersRuns.push(child<ExploreWorkersFigures>('./explore-workers-run.ts', [quick ? '2000' : '10000']));
  }
  const sizeFigures = sizes.map((n) => sizeRow(bySize.get(n) ?? []));
  const explore = exploreRow(exploreRuns, yardsticks);
  const results: BenchResults = {
    machine: {
      cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      os: `${platform()} ${release()}`,
      childFlags: CHILD_FLAGS.join(' '),
    },
    loadAverage: { start: loadAtStart, end: loadAverage() },
    quick,
    repetitions: repeat,
    sizes: sizeFigures,
    explore,
    scenarioFile: scenarioFileRow(scenarioRuns),
    exploreWorkers: exploreWorkersRow(workersRuns),
  };
  writeFileSync(benchFile('./results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const markdown = await writeResultsMd(results);
  // Explore over the exec: protocol next to in-process, median of 3: writes bench/PROTOCOL.md.
  process.stderr.write(`protocol throughput (load ${loadAverage()})…\n`);
  child<unknown>('./protocol-throughput.ts', [quick ? '300' : '1000', '--write']);
  process.stdout.write(markdown);
}

/** As `npm run lint` (prettier --check) wants the committed file. */
async function formatted(markdown: string): Promise<string> {
  return format(markdown, { parser: 'markdown', printWidth: 110, proseWrap: 'preserve' });
}

await main();
