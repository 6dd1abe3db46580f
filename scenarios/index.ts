// Scenario files (YAML, validated with zod), their loader, the runner and the built-in suite.
import { join } from 'node:path';
import { PROJECT_ROOT } from '../domain/project-root.ts';

/** The folder of the built-in suite (scenarios/suite/*.yaml), for loadScenarios. */
export const BUILTIN_SUITE_DIR: string = join(PROJECT_ROOT, 'scenarios', 'suite') + '/';

export { listScenarioFiles, loadScenarioFile, loadScenarios, parseScenario } from './load.ts';
export type { LoadStage, OnStage } from './load.ts';
export { ERRORS_SHOWN, ScenarioErrors } from './scenario-errors.ts';
export type { Expectation, Scenario } from './scenario.ts';
export { playScript, PER_STEP_WORLD_LIMIT } from './play-script.ts';
export { DEFAULT_STEP_TIMEOUT_MS } from './maybe-async.ts';
export type { PlayLimits } from './play-script.ts';
export { runScenario, SYSTEM_ANSWERS } from './run-scenario.ts';
export type { RunScenarioOptions, ScenarioRun } from './run-scenario.ts';
export { runSuite } from './run-suite.ts';
export type { RunSuiteOptions } from './run-suite.ts';
export { checkExpectations } from './check-expectations.ts';
export { buildTimeline, TIMELINE_CAP } from './timeline.ts';
export { describeCommand, describeEvent, describeResult, formatDuration } from './describe.ts';
export { SystemCrash, SystemFailure } from './system-failure.ts';
export {
  capabilitiesOf,
  implementsPolicy,
  notImplemented,
  TIME_DEPENDENT_RULES,
  withoutTestClock,
} from './capabilities.ts';
export { isThenable } from './maybe-async.ts';
export type { ScenarioErrorCode } from './_issue.ts';
export { COUNT_KEYS } from './schema/expect-schema.ts';
export type { CountKey } from './schema/expect-schema.ts';
export { STEP_KEYS } from './schema/script-schema.ts';
export { DEFAULT_SLA, DEFAULT_USERS } from './compile/world-defaults.ts';
export { DEFAULT_CONVERSATION_AGE } from './compile/compile-world.ts';
export { DEFAULT_SCENARIO_START, parseDuration, parseTime } from './time-text.ts';
