import type { ExploreFigures } from './explore-run.ts';
import type { ExploreWorkersFigures } from './explore-workers-run.ts';
import type { ScenarioFileFigures } from './scenario-file-run.ts';
import type { BaselineFigures, SizeFigures } from './size-run.ts';
import { spread } from './spread.ts';
import type { Spread } from './spread.ts';

/** One repetition of one size: the reference run and, right after it, the plain loop on the same world. */
export interface SizeRepetition {
  readonly figures: SizeFigures;
  readonly baseline: BaselineFigures;
}

/**
 * One size over every repetition: the figures of the median repetition (by move time) for the
 * columns that are not ratios, and the spread of each compared figure. Ratios are taken within one
 * repetition (the reference and its plain loop ran back to back), then summarised: a ratio of two
 * medians measured at different times would mix the machine's good and bad minutes.
 */
export type SizeRow = SizeFigures & {
  readonly baselineMs: number;
  readonly baselinePeakRss: number;
  readonly countsMatch: boolean;
  readonly spread: {
    readonly generateMs: Spread;
    readonly moveMs: Spread;
    readonly checkMs: Spread;
    readonly baselineMs: Spread;
    /** reference move / plain loop, per repetition. */
    readonly referenceOverPlain: Spread;
    /** check every rule / reference move, per repetition. */
    readonly checkOverMove: Spread;
    readonly peakRss: Spread;
  };
};

export function sizeRow(reps: readonly SizeRepetition[]): SizeRow {
  const byMove = [...reps].sort((a, b) => a.figures.moveMs - b.figures.moveMs);
  const middle = byMove[Math.floor((byMove.length - 1) / 2)];
  if (middle === undefined) throw new Error('a size with no repetition');
  const of = (pick: (r: SizeRepetition) => number): Spread => spread(reps.map(pick));
  return {
    ...middle.figures,
    baselineMs: middle.baseline.baselineMs,
    baselinePeakRss: middle.baseline.peakRss,
    countsMatch: reps.every((r) => JSON.stringify(r.figures.counts) === JSON.stringify(r.baseline.counts)),
    spread: {
      generateMs: of((r) => r.figures.generateMs),
      moveMs: of((r) => r.figures.moveMs),
      checkMs: of((r) => r.figures.checkMs),
      baselineMs: of((r) => r.baseline.baselineMs),
      referenceOverPlain: of((r) => r.figures.moveMs / r.baseline.baselineMs),
      checkOverMove: of((r) => r.figures.checkMs / r.figures.moveMs),
      peakRss: of((r) => r.figures.peakRss),
    },
  };
}

/** Exploration over every repetition, also per yardstick-second (see `yardstickMs`). */
export type ExploreRow = ExploreFigures & {
  readonly spread: {
    readonly perSecond: Spread;
    /** Scenarios explored in the time the yardstick takes, per repetition: comparable across machines. */
    readonly perYardstick: Spread | null;
  };
};

/**
 * The machine-speed yardstick of a repetition: the plain loop's move at 100,000 conversations,
 * measured in the same repetition as what it scales.
 */
export function yardstickMs(reps: readonly SizeRepetition[]): number | null {
  return reps.find((r) => r.baseline.conversations === 100_000)?.baseline.baselineMs ?? null;
}

export function exploreRow(
  runs: readonly ExploreFigures[],
  yardsticks: readonly (number | null)[],
): ExploreRow {
  const first = runs.find((r) => r.knownBad !== null) ?? runs[0];
  if (first === undefined) throw new Error('exploration with no repetition');
  const perSecond = spread(runs.map((r) => r.perSecond));
  const scaled = runs.flatMap((r, i) => {
    const yard = yardsticks[i];
    return yard === null || yard === undefined ? [] : [(r.perSecond * yard) / 1000];
  });
  return {
    ...first,
    perSecond: perSecond.median,
    spread: { perSecond, perYardstick: scaled.length > 0 ? spread(scaled) : null },
  };
}

/**
 * The `bulk:` scenario file at the run's largest size, over every repetition: load and runScenario
 * together against generate + move + check of the same size in the same repetition (the issue's
 * "within 2×"), and its peak RSS.
 */
export interface ScenarioFileRow {
  readonly conversations: number;
  readonly violated: number;
  readonly outcome: string;
  readonly spread: {
    readonly loadMs: Spread;
    readonly runMs: Spread;
    /** (load + runScenario) / (generate + move + check), per repetition. */
    readonly overCore: Spread;
    readonly peakRss: Spread;
  };
}

export function scenarioFileRow(
  runs: readonly { readonly file: ScenarioFileFigures; readonly core: SizeFigures }[],
): ScenarioFileRow {
  const [first] = runs;
  if (first === undefined) throw new Error('a scenario file with no repetition');
  return {
    conversations: first.file.conversations,
    violated: Math.max(...runs.map((r) => r.file.violated)),
    outcome: runs.every((r) => r.file.outcome === 'pass') ? 'pass' : 'fail',
    spread: {
      loadMs: spread(runs.map((r) => r.file.loadMs)),
      runMs: spread(runs.map((r) => r.file.runMs)),
      overCore: spread(
        runs.map(
          (r) => (r.file.loadMs + r.file.runMs) / (r.core.generateMs + r.core.moveMs + r.core.checkMs),
        ),
      ),
      peakRss: spread(runs.map((r) => r.file.peakRss)),
    },
  };
}

/**
 * The `explore` command on one thread and with `--workers 2` over every repetition: scenarios per
 * second of each, and their ratio taken within each repetition (both measured side by side).
 */
export interface ExploreWorkersRow {
  readonly runs: number;
  readonly spread: {
    readonly oneWorkerPerSecond: Spread;
    readonly twoWorkersPerSecond: Spread;
    /** two workers' scenarios/s over one thread's, per repetition. */
    readonly speedup: Spread;
  };
}

export function exploreWorkersRow(runs: readonly ExploreWorkersFigures[]): ExploreWorkersRow {
  const [first] = runs;
  if (first === undefined) throw new Error('explore with workers: no repetition');
  return {
    runs: first.runs,
    spread: {
      oneWorkerPerSecond: spread(runs.map((r) => (r.runs / r.oneWorkerMs) * 1000)),
      twoWorkersPerSecond: spread(runs.map((r) => (r.runs / r.twoWorkersMs) * 1000)),
      speedup: spread(runs.map((r) => r.oneWorkerMs / r.twoWorkersMs)),
    },
  };
}
