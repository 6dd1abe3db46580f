import { isAbsolute, relative, resolve } from 'node:path';
import { InputError } from '../domain/index.ts';
import {
  BUILTIN_SUITE_DIR,
  listScenarioFiles,
  loadScenarios,
  ScenarioErrors,
  type OnStage,
} from '../scenarios/index.ts';
import type { Scenario } from '../harness/index.ts';
import type { CliIO } from './io.ts';
import { loadProgress } from './load-progress.ts';

function isInside(dir: string, file: string): boolean {
  const path = relative(dir, file);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

function relativeTo(cwd: string, file: string): string {
  return isAbsolute(file) ? relative(cwd, file) || '.' : file;
}

/** The same error naming its file relative to `cwd` (every error of a file, for ScenarioErrors). */
function relativeError(error: InputError, cwd: string): InputError {
  const one = (e: InputError): InputError =>
    e.file === null ? e : new InputError(e.code, relativeTo(cwd, e.file), e.where, e.expected, e.found);
  if (!(error instanceof ScenarioErrors)) return one(error);
  const all = error.errors.map(one);
  return new ScenarioErrors(all, error.total);
}

/**
 * The scenarios named on the command line (files or folders, relative to `cwd`), or the built-in
 * suite. Files are recorded, and named in errors, relative to `cwd` as a person typed them, so
 * reports and messages do not carry the machine's absolute paths. A path without any scenario is
 * bad input (exit 2): a wrong path must not turn CI green by running nothing.
 */
export function loadInputs(paths: readonly string[], cwd: string, io?: CliIO): Scenario[] {
  const inputs = paths.length > 0 ? paths.map((path) => resolve(cwd, path)) : [BUILTIN_SUITE_DIR];
  const onStage: OnStage | undefined = io === undefined ? undefined : loadProgress(io);
  let scenarios: Scenario[];
  try {
    scenarios = loadScenarios(inputs, onStage);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw relativeError(error, cwd);
  }
  for (const input of inputs) {
    if (!scenarios.some((scenario) => isInside(input, scenario.ref.file ?? '')))
      throw new InputError(
        'NO_SCENARIOS',
        relativeTo(cwd, input),
        null,
        'a scenario file or a folder holding *.yaml / *.yml scenario files',
        'no scenario',
      );
  }
  return scenarios.map((scenario) => {
    const file = scenario.ref.file;
    return file === null ? scenario : { ...scenario, ref: { ...scenario.ref, file: relativeTo(cwd, file) } };
  });
}

/**
 * Every scenario file under the paths loaded on its own: the ones that load, and the errors of the
 * ones that do not (for `replay`, which checks every file before naming the stale ones).
 */
export function loadEach(
  paths: readonly string[],
  cwd: string,
): { scenarios: Scenario[]; stale: InputError[] } {
  const files = listScenarioFiles(paths.map((path) => resolve(cwd, path)));
  if (files.length === 0)
    throw new InputError(
      'NO_SCENARIOS',
      paths.join(', '),
      null,
      'a scenario file or a folder holding *.yaml / *.yml scenario files',
      'no scenario',
    );
  const scenarios: Scenario[] = [];
  const stale: InputError[] = [];
  for (const file of files) {
    try {
      const [scenario] = loadInputs([file], cwd);
      if (scenario !== undefined) scenarios.push(scenario);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      stale.push(error);
    }
  }
  return { scenarios, stale };
}
