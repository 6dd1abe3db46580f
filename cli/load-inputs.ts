import { isAbsolute, relative, resolve } from 'node:path';
import { InputError } from '../domain/index.ts';
import { BUILTIN_SUITE_DIR, loadScenarios, type Scenario } from '../scenarios/index.ts';

function relativeTo(cwd: string, file: string): string {
  return isAbsolute(file) ? relative(cwd, file) || '.' : file;
}

/**
 * The scenarios named on the command line (files or folders, relative to `cwd`), or the built-in
 * suite. Files are recorded, and named in errors, relative to `cwd` as a person typed them, so
 * reports and messages do not carry the machine's absolute paths.
 */
export function loadInputs(paths: readonly string[], cwd: string): Scenario[] {
  const inputs = paths.length > 0 ? paths.map((path) => resolve(cwd, path)) : [BUILTIN_SUITE_DIR];
  let scenarios: Scenario[];
  try {
    scenarios = loadScenarios(inputs);
  } catch (error) {
    if (!(error instanceof InputError) || error.file === null) throw error;
    throw new InputError(error.code, relativeTo(cwd, error.file), error.where, error.expected, error.found);
  }
  return scenarios.map((scenario) => {
    const file = scenario.ref.file;
    return file === null ? scenario : { ...scenario, ref: { ...scenario.ref, file: relativeTo(cwd, file) } };
  });
}
