import packageJson from '../package.json' with { type: 'json' };
import type { MaybePromise, RunResult, ScenarioResult, SyncSystemFactory } from '../domain/index.ts';
import { drive, settle, type Steps } from './maybe-async.ts';
import { runScenario, type RunScenarioOptions } from './run-scenario.ts';
import type { Scenario } from './scenario.ts';

/** How to run a suite: the scenario options, plus what the RunResult records about the invocation. */
export interface RunSuiteOptions extends RunScenarioOptions {
  /** Wall-clock start, ISO-8601; passed in because nothing here reads the real clock. */
  readonly startedAt: string;
  /** The command line, for replay. */
  readonly command: string;
  readonly seed?: number | null;
}

/** Runs every scenario in order and assembles the RunResult that reporters render (a promise for an async system). */
export function runSuite(
  scenarios: readonly Scenario[],
  opts: RunSuiteOptions & { factory: SyncSystemFactory },
): RunResult;
export function runSuite(scenarios: readonly Scenario[], opts: RunSuiteOptions): MaybePromise<RunResult>;
export function runSuite(scenarios: readonly Scenario[], opts: RunSuiteOptions): MaybePromise<RunResult> {
  return drive(
    (function* (): Steps<RunResult> {
      const results: ScenarioResult[] = [];
      for (const scenario of scenarios)
        results.push((yield* settle(() => runScenario(scenario, opts))).result);
      return {
        tool: { name: 'inbox-move-sim', version: packageJson.version },
        command: opts.command,
        startedAt: opts.startedAt,
        seed: opts.seed ?? null,
        results,
      };
    })(),
  );
}
