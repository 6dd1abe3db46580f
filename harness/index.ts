// The harness engine: plays a script against a system under test and records the trace, turns a
// system's failures (throws, malformed answers, timeouts) into SystemFailures, and judges a trace
// (every rule, INV-5 by two plays, a scenario's expectations). Scenarios, explore, bench and the CLI
// all play and judge through it; it knows no file format (scenarios/ compiles YAML into a Scenario).

// Playing a script.
export { playScript, PER_STEP_WORLD_LIMIT } from './play-script.ts';
export type { PlayLimits } from './play-script.ts';
export { DEFAULT_STEP_TIMEOUT_MS, drive, isThenable, settle, StepTimeout } from './maybe-async.ts';
export type { Steps } from './maybe-async.ts';
export { messageOf, SystemCrash, SystemFailure } from './system-failure.ts';
export { rulesBrokenBy, unansweredRequest, withUnansweredRequest } from './unanswered-request.ts';
export { answersAsync, PROBE_WORLD } from './probe-system.ts';
export {
  capabilitiesOf,
  implementsPolicy,
  notImplemented,
  TIME_DEPENDENT_RULES,
  withoutTestClock,
} from './capabilities.ts';

// Judging a play.
export { judgeScript } from './judge-script.ts';
export type { JudgedScript } from './judge-script.ts';
export { checkExpectations } from './check-expectations.ts';

// Running scenarios (compiled by scenarios/).
export { COUNT_KEYS } from './scenario.ts';
export type { CounterexampleOrigin, CountKey, Expectation, Scenario } from './scenario.ts';
export { runScenario, SYSTEM_ANSWERS } from './run-scenario.ts';
export type { RunScenarioOptions, ScenarioRun } from './run-scenario.ts';
export { runSuite } from './run-suite.ts';
export type { RunSuiteOptions } from './run-suite.ts';
