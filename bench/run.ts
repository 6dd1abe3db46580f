// `npm run bench` (tsx bench/run.ts [--quick | --render]): each size in a fresh child process (peak RSS per
// size), exploration in another; writes bench/RESULTS.md and bench/results.json.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import type { ExploreFigures } from './explore-run.ts';
import { renderResults } from './render-results.ts';
import type { BenchResults, SizeRow } from './render-results.ts';
import type { BaselineFigures, SizeFigures } from './size-run.ts';

/**
 * Node flags of the child processes. A larger young generation halves the scavenges of the
 * allocation-heavy phases (every generated conversation survives); said in RESULTS.md.
 */
export const CHILD_FLAGS: readonly string[] = ['--max-semi-space-size=32'];

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

function child<T>(script: string, args: readonly string[]): T {
  const out = execFileSync(process.execPath, [...CHILD_FLAGS, '--import', 'tsx', here(script), ...args], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = out.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as T;
}

function load(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}

async function main(): Promise<void> {
  if (process.argv.includes('--render')) {
    // Re-render RESULTS.md from results.json (after a change to the renderer), measuring nothing.
    const saved = JSON.parse(readFileSync(here('./results.json'), 'utf8')) as BenchResults;
    writeFileSync(here('./RESULTS.md'), await formatted(renderResults(saved)));
    return;
  }
  const quick = process.argv.includes('--quick');
  const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
  const loadAtStart = load();
  const sizeFigures: SizeRow[] = [];
  for (const n of sizes) {
    process.stderr.write(`size ${n.toLocaleString('en')} (load ${load()})…\n`);
    const figures = child<SizeFigures>('./size-run.ts', [String(n)]);
    const base = child<BaselineFigures>('./size-run.ts', [String(n), '--baseline']);
    const countsMatch = JSON.stringify(figures.counts) === JSON.stringify(base.counts);
    if (!countsMatch) {
      throw new Error(
        `reference and plain loop disagree at ${n}: ${JSON.stringify([figures.counts, base.counts])}`,
      );
    }
    sizeFigures.push({ ...figures, baselineMs: base.baselineMs, baselinePeakRss: base.peakRss, countsMatch });
  }
  process.stderr.write(`exploration (load ${load()})…\n`);
  const explore = child<ExploreFigures>('./explore-run.ts', [quick ? '1000' : '3000']);
  const results: BenchResults = {
    machine: {
      cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      os: `${platform()} ${release()}`,
      childFlags: CHILD_FLAGS.join(' '),
    },
    loadAverage: { start: loadAtStart, end: load() },
    quick,
    sizes: sizeFigures,
    explore,
  };
  writeFileSync(here('./results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const markdown = await formatted(renderResults(results));
  writeFileSync(here('./RESULTS.md'), markdown);
  process.stdout.write(markdown);
}

/** As `npm run lint` (prettier --check) wants the committed file. */
async function formatted(markdown: string): Promise<string> {
  return format(markdown, { parser: 'markdown', printWidth: 110, proseWrap: 'preserve' });
}

await main();
