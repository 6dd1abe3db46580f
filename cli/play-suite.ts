import type { RunResult } from '../domain/index.ts';
import { progressBar } from '../reports/index.ts';
import { runSuite, type RunSuiteOptions, type Scenario } from '../scenarios/index.ts';
import type { CliIO } from './io.ts';
import { runRecord, type RunHeader } from './run-record.ts';

type SuiteOptions = Omit<RunSuiteOptions, 'startedAt' | 'command' | 'seed'>;

/** Runs with at least this many scenario plays show a progress bar (on a terminal). */
export const LONG_RUN = 25;
const BAR_WIDTH = 30;

/** A progress bar on stderr, only on a terminal and only for long runs; a no-op otherwise. */
export function progressReporter(io: CliIO, total: number): { step(): void; done(): void } {
  if (!io.isTTY.stderr || total < LONG_RUN) return { step: () => undefined, done: () => undefined };
  let done = 0;
  return {
    step() {
      done += 1;
      io.stderr(`\r${progressBar(done, total, BAR_WIDTH)} ${done}/${total}`);
    },
    done() {
      io.stderr('\r\u001b[2K');
    },
  };
}

/**
 * Plays the scenarios through `runSuite`; with a progress bar, one scenario at a time so the bar
 * moves, then merged into one run (same header, results in order).
 */
export function playSuite(
  scenarios: readonly Scenario[],
  options: SuiteOptions,
  header: RunHeader,
  io: CliIO,
): RunResult {
  const suiteOptions: RunSuiteOptions = { ...options, ...header };
  const progress = progressReporter(io, scenarios.length);
  if (!io.isTTY.stderr || scenarios.length < LONG_RUN) return runSuite(scenarios, suiteOptions);
  const results = scenarios.flatMap((scenario) => {
    const { results: one } = runSuite([scenario], suiteOptions);
    progress.step();
    return one;
  });
  progress.done();
  return runRecord(header, results);
}
