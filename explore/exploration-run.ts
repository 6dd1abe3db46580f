import { relative, resolve } from 'node:path';
import type { ExploreSummary, ScenarioResult, SystemFactory } from '../domain/index.ts';
import { runScenario } from '../scenarios/index.ts';
import { saveCounterexamples, counterexampleId } from './counterexample-file.ts';
import { explore, exploreInWorkers, exploreUntilAborted } from './explore.ts';
import type { ExploreOptions } from './explore-options.ts';
import { mergeRecords, summarize } from './merge-records.ts';
import { modelCoverage } from './model-coverage.ts';
import type { RunRecord } from './run-indexes.ts';

/** Where and how an exploration runs (not part of what it finds). */
export interface ExplorationSetup {
  /** Worker threads; 1 plays in this thread. */
  readonly workers: number;
  readonly cwd: string;
  /** Folder for counterexample files, relative to cwd; null saves nothing. */
  readonly saveDir: string | null;
  /** Compute model-path coverage of the machines for the summary. */
  readonly coverage: boolean;
  readonly onRun?: (index: number) => void;
  /** Aborted on Ctrl-C: the exploration stops and keeps (and reports) the runs played so far. */
  readonly signal?: AbortSignal;
}

/** An exploration's findings: the records, the summary and one scenario result per failing run. */
export interface Exploration {
  readonly records: readonly RunRecord[];
  readonly summary: ExploreSummary;
  readonly results: readonly ScenarioResult[];
}

/**
 * Explores, saves each failing run as a counterexample file, replays each one as a scenario (so
 * every reporter shows its verdicts), and adds model-path coverage to the summary.
 */
export async function runExploration(
  factory: SystemFactory,
  options: ExploreOptions,
  setup: ExplorationSetup,
): Promise<Exploration> {
  const onRun = (record: RunRecord): void => setup.onRun?.(record.index);
  const played =
    setup.workers > 1 && options.path === null
      ? await exploreInWorkers(options, setup.workers, setup.cwd, setup.onRun, setup.signal)
      : setup.signal === undefined
        ? explore(factory, options, onRun)
        : await exploreUntilAborted(factory, options, setup.signal, onRun);
  const records = mergeRecords([played], options.maxFailures);
  const interrupted = setup.signal?.aborted === true;
  const saved =
    setup.saveDir === null
      ? new Map<number, string>()
      : saveCounterexamples(records, options, resolve(setup.cwd, setup.saveDir));
  const savedAs = new Map([...saved].map(([index, file]) => [index, relative(setup.cwd, file)]));
  const coverage = setup.coverage ? modelCoverage(factory, options.systemOptions) : [];
  const results = records.flatMap((record) => {
    if (record.failure === null) return [];
    const [first = 'INV-1'] = record.failure.violated;
    const { result } = runScenario(
      {
        ref: {
          id: counterexampleId(options.system, first, record.seed),
          title: `Counterexample of run ${record.index + 1} (seed ${record.seed})`,
          file: savedAs.get(record.index) ?? null,
          targets: [...record.failure.violated],
        },
        description: '',
        world: record.failure.scenario.world,
        script: record.failure.scenario.script,
        options: options.systemOptions,
        expectations: [],
      },
      { factory },
    );
    return [result];
  });
  const summary = summarize(records, options, coverage, savedAs);
  return { records, summary: interrupted ? { ...summary, interrupted } : summary, results };
}
