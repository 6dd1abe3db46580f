// The scenario file format (YAML, validated with zod): its loader and compiler into a Scenario that
// the harness (harness/) plays and judges, the counterexample files explore saves (`found:`), and
// the built-in suite.
import { join } from 'node:path';
import { PROJECT_ROOT } from '../domain/project-root.ts';

/** The folder of the built-in suite (scenarios/suite/*.yaml), for loadScenarios. */
export const BUILTIN_SUITE_DIR: string = join(PROJECT_ROOT, 'scenarios', 'suite') + '/';

export { listScenarioFiles, loadScenarioFile, loadScenarios, parseScenario } from './load.ts';
export type { LoadStage, OnStage } from './load.ts';
export { ERRORS_SHOWN, ScenarioErrors } from './scenario-errors.ts';
export type { ScenarioErrorCode } from './scenario-issue.ts';
export { STEP_KEYS } from './schema/script-schema.ts';
export { DEFAULT_SLA, DEFAULT_USERS } from './compile/world-defaults.ts';
export { DEFAULT_CONVERSATION_AGE } from './compile/compile-world.ts';
export { DEFAULT_SCENARIO_START, parseDuration, parseTime } from './time-text.ts';
