// Exploration throughput, and for each known-bad system (if mutants/index.ts exists) the
// time and runs until fast-check catches it. Runs in its own child process; prints one JSON line.
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { DEFAULT_POLICIES, DEFAULT_PROFILE } from '../domain/index.ts';
import type { SyncSystemFactory, SystemOptions } from '../domain/index.ts';
import { DEFAULT_EXPLORE_OPTIONS, explorationArbitrary, judge } from '../explore/index.ts';
import { createReferenceSystem } from '../machines/index.ts';
import { MAX_RUNS } from './limits.ts';

/** Exploration figures; times in ms. */
export interface ExploreFigures {
  readonly scenarios: number;
  readonly ms: number;
  readonly perSecond: number;
  /** Scenarios per CPU second (all threads): what one unshared core would do. */
  readonly perCpuSecond: number;
  readonly knownBad: readonly KnownBadFigures[] | null;
}

/** How fast one known-bad system is caught: per seed, then the median. */
export interface KnownBadFigures {
  readonly name: string;
  readonly seeds: readonly { seed: number; runs: number | null; ms: number }[];
  readonly medianMs: number | null;
  readonly medianRuns: number | null;
}

const OPTIONS: SystemOptions = { policies: DEFAULT_POLICIES, profile: DEFAULT_PROFILE };
const SEEDS = [1, 2, 3, 4, 5];

/** What `explore` plays from its defaults (constraints and focus), so the figures are the tool's own. */
const defaultArbitrary = () =>
  explorationArbitrary(DEFAULT_EXPLORE_OPTIONS.constraints, DEFAULT_EXPLORE_OPTIONS.focus);

function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function throughput(count: number): { ms: number; cpuMs: number } {
  const arb = defaultArbitrary();
  const c0 = cpuNow();
  const t0 = performance.now();
  fc.assert(
    fc.property(arb, (scenario) => {
      judge(createReferenceSystem, scenario, OPTIONS);
    }),
    { numRuns: count, seed: 42 },
  );
  return { ms: performance.now() - t0, cpuMs: cpuNow() - c0 };
}

/** Runs until the first violated verdict (or MAX_RUNS), on one seed. */
function catchOnce(
  factory: SyncSystemFactory,
  seed: number,
): { seed: number; runs: number | null; ms: number } {
  let runs = 0;
  const t0 = performance.now();
  const details = fc.check(
    fc.property(defaultArbitrary(), (scenario) => {
      runs += 1;
      // As explore judges a run: every checker, and INV-5 from a second play of the same inputs.
      return judge(factory, scenario, OPTIONS).violated.length === 0;
    }),
    { numRuns: MAX_RUNS, seed, endOnFailure: true },
  );
  const ms = performance.now() - t0;
  return { seed, runs: details.failed ? runs : null, ms };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function knownBad(): Promise<KnownBadFigures[] | null> {
  const path = new URL('../mutants/index.ts', import.meta.url);
  if (!existsSync(path)) return null;
  const mod = (await import(path.href)) as Record<string, unknown>;
  const figures: KnownBadFigures[] = [];
  for (const [name, factory] of systemsIn(mod)) {
    const seeds = SEEDS.map((seed) => catchOnce(factory, seed));
    const caught = seeds.filter((s) => s.runs !== null).map((s) => s.runs ?? 0);
    figures.push({
      name,
      seeds,
      // Not caught on most seeds: no median time (JSON has no Infinity).
      medianMs:
        caught.length * 2 > seeds.length
          ? median(seeds.map((s) => (s.runs === null ? Number.POSITIVE_INFINITY : s.ms)))
          : null,
      medianRuns: caught.length * 2 > seeds.length ? median(caught) : null,
    });
  }
  return figures;
}

/** Known-bad factories, from whatever the module exports: a record or list of factories, or {name, factory} entries. */
function systemsIn(mod: Record<string, unknown>): [string, SyncSystemFactory][] {
  const found: [string, SyncSystemFactory][] = [];
  const visit = (name: string, value: unknown): void => {
    if (typeof value === 'function') found.push([name, value as SyncSystemFactory]);
    else if (Array.isArray(value)) value.forEach((v, i) => visit(`${name}[${i}]`, v));
    else if (typeof value === 'object' && value !== null) {
      const entry = value as { name?: unknown; factory?: unknown; create?: unknown };
      const fn = entry.factory ?? entry.create;
      if (typeof fn === 'function')
        found.push([typeof entry.name === 'string' ? entry.name : name, fn as SyncSystemFactory]);
      else for (const [key, v] of Object.entries(value)) visit(key, v);
    }
  };
  for (const [key, value] of Object.entries(mod)) visit(key, value);
  return found;
}

async function main(): Promise<void> {
  throughput(200); // warm-up: JIT and the content of the arbitraries
  const count = Number(process.argv[2] ?? '3000');
  const { ms, cpuMs } = throughput(count);
  const figures: ExploreFigures = {
    scenarios: count,
    ms,
    perSecond: (count / ms) * 1000,
    perCpuSecond: (count / cpuMs) * 1000,
    // Repetitions after the first measure throughput only: catch times are already medians over seeds.
    knownBad: process.argv.includes('--throughput-only') ? null : await knownBad(),
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

await main();
