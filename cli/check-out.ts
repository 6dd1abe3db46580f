import { accessSync, constants, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { InputError } from '../domain/index.ts';
import type { CliIO } from './io.ts';

/** What `--out` must name, by the code of the InputError that says it does not. */
const OUT_EXPECTED = {
  OUT_DIR: 'a folder the reports can be written to',
  OUT_FILE: 'a file the page can be written to',
} as const;

/** Bad input (exit 2): an `--out` that cannot be what `code` says it must be; `found`: it, and why. */
function outError(code: keyof typeof OUT_EXPECTED, found: string): InputError {
  return new InputError(code, null, '--out', OUT_EXPECTED[code], found);
}

/**
 * A failure to create or write what `--out` names (a file system error) is the user's to fix: it is
 * thrown again as bad input naming `--out`. Anything else is thrown again as it is.
 */
export function rethrowAsOutError(error: unknown, code: keyof typeof OUT_EXPECTED, out: string): never {
  if (!(error instanceof Error && 'code' in error)) throw error;
  throw outError(code, `${out} (${error.message})`);
}

/** The reports written to files (every reporter but the console). */
export function fileReporters(names: readonly string[]): string[] {
  return names.filter((name) => name !== 'console');
}

/**
 * Checks, before anything runs, that `--out` can take the file reports: the folder (or, when it
 * does not exist yet, its nearest existing parent, where it will be created) is a writable folder.
 * Otherwise a long run would end in EACCES after printing PASS. Bad input: exit 2 naming `--out`.
 */
export function checkOutWritable(outDir: string, reporters: readonly string[], io: CliIO): void {
  if (fileReporters(reporters).length === 0) return;
  let dir = resolve(io.cwd, outDir);
  for (;;) {
    let isDirectory: boolean | null;
    try {
      isDirectory = statSync(dir).isDirectory();
    } catch {
      isDirectory = null;
    }
    const fail = (found: string): never => {
      throw outError('OUT_DIR', `${outDir} (${found})`);
    };
    if (isDirectory === false) fail(`${relative(io.cwd, dir) || '.'} is not a folder`);
    if (isDirectory === true) {
      try {
        accessSync(dir, constants.W_OK | constants.X_OK);
      } catch {
        fail(`${relative(io.cwd, dir) || '.'} is not writable`);
      }
      return;
    }
    const parent = dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}
