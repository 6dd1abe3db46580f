import type { RunResult, ScenarioResult } from '../domain/index.ts';
import { progressBar } from '../reports/index.ts';
import { runScenario, type RunScenarioOptions, type Scenario } from '../harness/index.ts';
import type { CliIO } from './io.ts';
import { runRecord, type RunHeader } from './run-record.ts';

type SuiteOptions = RunScenarioOptions;

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

/** How `run` plays its scenarios besides the system options. */
export interface PlayControls {
  /** Stop after the first failing scenario (`--bail`). */
  readonly bail?: boolean;
  /** The command that reruns one scenario file (recorded in each result for the reports). */
  readonly rerun?: (file: string) => string;
}

/**
 * Plays the scenarios one at a time through `runScenario`, timing each on the CLI's wall clock
 * (`io.now()`: pinned by INBOX_MOVE_SIM_NOW, so pinned runs record 0 ms and stay byte-identical),
 * moving the progress bar, and stopping after the first failure with `bail`.
 */
export async function playSuite(
  scenarios: readonly Scenario[],
  options: SuiteOptions,
  header: RunHeader,
  io: CliIO,
  controls: PlayControls = {},
): Promise<RunResult> {
  const progress = progressReporter(io, scenarios.length);
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    const started = io.now().getTime();
    const { result } = await runScenario(scenario, options);
    const wallMs = Math.max(0, io.now().getTime() - started);
    const file = result.scenario.file;
    const rerun = file === null || controls.rerun === undefined ? {} : { rerun: controls.rerun(file) };
    results.push({ ...result, wallMs, ...rerun });
    progress.step();
    if (controls.bail === true && result.outcome === 'fail') break;
  }
  progress.done();
  return runRecord(header, results);
}
