import { GiB, gib, mark, ratio, s } from './format.ts';
import type { ImportRun } from './import-bench.ts';
import type { LargeRun } from './large-size.ts';
import { MAX_RUNS } from './limits.ts';
import { largeSection, largeTargets } from './render-large.ts';
import type { ExploreRow, ExploreWorkersRow, ScenarioFileRow, SizeRow } from './repetitions.ts';
import { showSpread } from './spread.ts';

/** Everything one bench run measured, as written to bench/results.json. */
export interface BenchResults {
  readonly machine: {
    readonly cpus: string;
    readonly memoryGiB: number;
    readonly node: string;
    readonly os: string;
    readonly childFlags: string;
  };
  /** 1-, 5- and 15-minute load averages: other jobs on the machine skew the figures. */
  readonly loadAverage: { readonly start: string; readonly end: string };
  readonly quick: boolean;
  /** How many times every measurement was repeated, each in fresh processes. */
  readonly repetitions: number;
  readonly sizes: readonly SizeRow[];
  readonly explore: ExploreRow;
  /** The bulk: scenario file at the largest size (absent from runs recorded before it existed). */
  readonly scenarioFile?: ScenarioFileRow;
  /** `explore` on one thread and with `--workers 2` (absent from runs recorded before it existed). */
  readonly exploreWorkers?: ExploreWorkersRow;
}

const perConvUs = (ms: number, n: number): string => ((ms * 1000) / n).toFixed(2);

const MiB = (n: number): string => n.toLocaleString('en');

/** The opt-in import runs (bench/import-results.json): one row per size and bodies setting. */
function importSection(runs: readonly ImportRun[]): string[] {
  if (runs.length === 0) return [];
  return [
    '## Importing an API export (opt-in)',
    '',
    '`npm run bench -- --import [threads] [--no-bodies] [--heap-cap MiB]`: a generated inbox written as an API export (pages of 500,',
    '20 pages a file), then `import api-export` of it and its scenario file, in a fresh process whose heap is capped',
    '(`--max-old-space-size`). Each run replaces its own row; the load average says how busy the machine was.',
    '',
    '| threads | message bodies | messages | export MiB | import s | scenario file s | heap the world keeps MiB | peak RSS MiB | heap cap MiB | load at start |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...runs.map(
      (x) =>
        `| ${x.threads.toLocaleString('en')} | ${x.bodies ? 'kept' : 'left out (--no-bodies)'} | ${x.messages.toLocaleString('en')} | ${MiB(x.exportMiB)} | ${s(x.importMs)} | ${s(x.scenarioMs)} | ${x.retainedHeapMiB == null ? '—' : MiB(x.retainedHeapMiB)} | ${MiB(x.peakRssMiB)} | ${MiB(x.heapCapMiB)} | ${x.loadAverage.start} |`,
    ),
    '',
  ];
}

/** The bulk: scenario file at the run's largest size (bench/scenario-file-run.ts), when measured. */
function scenarioFileSection(file: ScenarioFileRow | undefined): string[] {
  if (file === undefined) return [];
  const n = file.conversations.toLocaleString('en');
  return [
    `Scenario file at scale: a \`bulk:\` file of ${n} conversations in the size runs' shape (65% in the moved email`,
    'channel, five messages each; bench/scenario-file-run.ts), loaded (parse, compile, validate) and run through',
    '`runScenario` (play, every rule, advice, expectations, timeline) in a process of its own, in each repetition right after',
    `that size: load **${showSpread(file.spread.loadMs, s)} s**, runScenario **${showSpread(file.spread.runMs, s)} s**,`,
    `together ${showSpread(file.spread.overCore, ratio)} the same repetition's generate + move + check; peak RSS ${showSpread(file.spread.peakRss, gib)} GiB;`,
    `outcome ${file.outcome}, ${file.violated} rules violated.`,
    '',
  ];
}

/** `explore` with `--workers 2` against one thread (bench/explore-workers-run.ts), when measured. */
function workersSection(w: ExploreWorkersRow | undefined): string[] {
  if (w === undefined) return [];
  const perSecond = (x: number): string => x.toFixed(0);
  return [
    `Workers: the \`explore\` command's own paths over ${w.runs.toLocaleString('en')} runs (default options, nothing fails), on one thread`,
    'and with `--workers 2` (worker threads, each loading the code and warming up itself), measured side by side in each',
    `repetition (bench/explore-workers-run.ts): **${showSpread(w.spread.oneWorkerPerSecond, perSecond)} /s** on one thread,`,
    `**${showSpread(w.spread.twoWorkersPerSecond, perSecond)} /s** with two workers: **${showSpread(w.spread.speedup, ratio)}** (same records both ways).`,
    '',
  ];
}

/** The targets of the task, judged on these figures (only at 1M where they are about 1M). */
function targets(r: BenchResults, imports: readonly ImportRun[], large: readonly LargeRun[]): string[] {
  const big = r.sizes.find((x) => x.conversations === 1_000_000);
  const small = r.sizes[0];
  const lines: string[] = [];
  if (big !== undefined && small !== undefined) {
    const perBig = (big.moveMs + big.checkMs) / big.conversations;
    const perSmall = (small.moveMs + small.checkMs) / small.conversations;
    lines.push(
      `| generate 1M ≤ 10 s | ${s(big.generateMs)} s | ${mark(big.generateMs <= 10_000)} |`,
      `| move + check 1M ≤ 10 s | ${s(big.moveMs + big.checkMs)} s | ${mark(big.moveMs + big.checkMs <= 10_000)} |`,
      `| peak RSS 1M ≤ 1.5 GiB | ${showSpread(big.spread.peakRss, gib)} GiB | ${mark(big.spread.peakRss.median <= 1.5 * GiB)} |`,
      `| reference ≤ 1.5× plain loop (1M move, median ratio) | ${showSpread(big.spread.referenceOverPlain, ratio)} | ${mark(big.spread.referenceOverPlain.median <= 1.5)} |`,
      `| check every rule ≤ 1.0× the move (1M, median ratio) | ${showSpread(big.spread.checkOverMove, ratio)} | ${mark(big.spread.checkOverMove.median <= 1)} |`,
      `| per-conversation (move+check) 1M ≤ 1.5× 10k | ${(perBig / perSmall).toFixed(2)}× | ${mark(perBig <= 1.5 * perSmall)} |`,
    );
  }
  const file = r.scenarioFile;
  if (file !== undefined && file.conversations === 1_000_000) {
    lines.push(
      `| 1M \`bulk:\` scenario file (load + runScenario) ≤ 2× generate + move + check | ${showSpread(file.spread.overCore, ratio)} | ${mark(file.spread.overCore.median <= 2)} |`,
      `| 1M \`bulk:\` scenario file ≤ 2 GiB peak RSS | ${showSpread(file.spread.peakRss, gib)} GiB | ${mark(file.spread.peakRss.median <= 2 * GiB)} |`,
    );
  }
  lines.push(...largeTargets(large, big));
  lines.push(
    `| exploration ≥ 2,500 scenarios/s, one worker | ${showSpread(r.explore.spread.perSecond, (x) => x.toFixed(0))} /s | ${mark(r.explore.perSecond >= 2500)} |`,
  );
  const workers = r.exploreWorkers;
  if (workers !== undefined) {
    lines.push(
      `| exploration with \`--workers 2\` ≥ 1.8× one thread | ${showSpread(workers.spread.speedup, ratio)} | ${mark(workers.spread.speedup.median >= 1.8)} |`,
    );
  }
  for (const x of imports.filter((run) => run.threads >= 1_000_000)) {
    lines.push(
      `| import ${x.threads.toLocaleString('en')} threads (bodies ${x.bodies ? 'kept' : 'left out'}) ≤ 2 GiB peak RSS | ${MiB(x.peakRssMiB)} MiB | ${mark(x.peakRssMiB <= 2048)} |`,
    );
  }
  for (const k of r.explore.knownBad ?? []) {
    const figure =
      k.medianMs === null
        ? `not caught on most seeds in ${MAX_RUNS.toLocaleString('en')} runs`
        : `${s(k.medianMs)} s`;
    lines.push(
      `| ${k.name} caught ≤ 2 s median | ${figure} | ${mark(k.medianMs !== null && k.medianMs <= 2000)} |`,
    );
  }
  return lines;
}

/** bench/RESULTS.md: machine, load, the scale table, exploration, known-bad systems, targets. */
export function renderResults(
  r: BenchResults,
  imports: readonly ImportRun[] = [],
  large: readonly LargeRun[] = [],
): string {
  const rows = r.sizes.map(
    (x) =>
      `| ${x.conversations.toLocaleString('en')} | ${x.channelConversations.toLocaleString('en')} | ${showSpread(x.spread.generateMs, s)} | ${showSpread(x.spread.moveMs, s)} | ${showSpread(x.spread.checkMs, s)} | ${showSpread(x.spread.baselineMs, s)} | ${showSpread(x.spread.referenceOverPlain, ratio)} | ${showSpread(x.spread.checkOverMove, ratio)} | ${showSpread(x.spread.peakRss, gib)} | ${perConvUs(x.moveMs, x.channelConversations)} / ${perConvUs(x.checkMs, x.channelConversations)} | ${x.countsMatch ? 'yes' : 'NO'} | ${x.verdicts.violated} |`,
  );
  const yard = r.explore.spread.perYardstick;
  const known =
    r.explore.knownBad === null
      ? ['mutants/index.ts did not exist at the time of this run: not measured.']
      : [
          `| system | median time to catch | median runs | runs per seed (null = not caught in ${MAX_RUNS.toLocaleString('en')}) |`,
          '| --- | --- | --- | --- |',
          ...r.explore.knownBad.map(
            (k) =>
              `| ${k.name} | ${k.medianMs === null ? 'not caught' : `${s(k.medianMs)} s`} | ${k.medianRuns ?? 'not caught'} | ${k.seeds.map((x) => `${x.seed}: ${x.runs ?? 'null'}`).join(', ')} |`,
          ),
        ];
  return [
    '# Benchmark results',
    '',
    'Written by `npx tsx bench/run.ts` (`npm run bench`); do not edit by hand. Every measurement is repeated',
    `${r.repetitions} times, each in a fresh child process; a figure is the median, with the range (min–max) beside it.`,
    'Ratios are taken within one repetition (the reference and its plain loop run back to back), then',
    'summarised. The other columns of a size come from its median repetition (by move time). World: `generateWorld(7, { conversations: n, channelMix: one team email + one form })`,',
    'default mix otherwise (≈5 messages a conversation); the team email channel holds ≈65% of the',
    'conversations (half of them, plus the forms continued over email). Moved with history "all" by a',
    'Super Admin from inbox-settings, `run-until-idle`, through `playScript`; then `checkTrace` (every rule).',
    'The baseline is the same move as one plain loop (bench/baseline.ts), in a process of its own on the',
    'same world; its counts are asserted equal. CPU time counts all threads (GC helpers included).',
    'Per-conversation cost at 10k includes JIT warm-up. Fixes, before/after figures and the runScenario',
    '1M analysis: bench/FIXES.md.',
    '',
    `Machine: ${r.machine.cpus}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}, ${r.machine.os}.`,
    `Child process flags: \`${r.machine.childFlags}\`.`,
    `Load average (1/5/15 min) at start: ${r.loadAverage.start}; at end: ${r.loadAverage.end}` +
      ' — above ~1 means other jobs shared the 2 cores and the times are inflated.',
    '',
    '| conversations | moved | generate s | move s | check s | plain loop s | ref / plain | check / move | peak RSS GiB | µs per moved conv (move / check), median run | counts match | violated |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Exploration: ${r.explore.scenarios.toLocaleString('en')} random scenarios (explore's default arbitrary, each judged as explore does: played twice for INV-5 and checked, one worker) per repetition: **${showSpread(r.explore.spread.perSecond, (x) => x.toFixed(0))} scenarios/s** wall; ${yard === null ? 'no yardstick (the 100k size was not measured)' : `${showSpread(yard, (x) => x.toFixed(0))} scenarios per yardstick (the time the plain loop takes to move 100,000 conversations in the same repetition: comparable across machines and hours)`}.`,
    '',
    ...workersSection(r.exploreWorkers),
    ...scenarioFileSection(r.scenarioFile),
    "Known-bad systems: fast-check over explore's default arbitrary (`explorationArbitrary`, default constraints and focus), seeds 1–5, until the first violated verdict;",
    `the median is over the five seeds (a seed that does not catch it within ${MAX_RUNS.toLocaleString('en')} runs counts as infinitely slow).`,
    '',
    '## Known-bad systems',
    '',
    ...known,
    '',
    ...importSection(imports),
    ...largeSection(
      large,
      r.sizes.find((x) => x.conversations === 1_000_000),
    ),
    '## Targets',
    '',
    '| target | figure | |',
    '| --- | --- | --- |',
    ...targets(r, imports, large),
    '',
  ].join('\n');
}
