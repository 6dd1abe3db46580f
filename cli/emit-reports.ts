import { relative, resolve } from 'node:path';
import { InputError, type RunResult } from '../domain/index.ts';
import { createReportContext } from './report-context.ts';
import { getReporter, writeReports } from '../reports/index.ts';
import type { CliIO } from './io.ts';

/** The reporter that prints to stdout instead of writing a file. */
export const CONSOLE = 'console';

/**
 * Shows a finished run: the console report on stdout (unless `console` is off, e.g. in a sweep that
 * prints its own comparison), the other formats as files in `outDir`. Called only once everything
 * is computed, so bad input never leaves a half-written report behind.
 */
export async function emitReports(
  run: RunResult,
  names: readonly string[],
  outDir: string,
  io: CliIO,
  showConsole = true,
): Promise<void> {
  const context = createReportContext(io);
  if (showConsole && names.includes(CONSOLE)) io.stdout(getReporter(CONSOLE).render(run, context));
  const files = names.filter((name) => name !== CONSOLE);
  if (files.length > 0) {
    const written = await writeReports(run, files, resolve(io.cwd, outDir), context).catch(
      (error: unknown) => {
        // A folder that cannot be created or written is the user's to fix: bad input, not a crash.
        if (!(error instanceof Error && 'code' in error)) throw error;
        throw new InputError(
          'OUT_DIR',
          null,
          '--out',
          'a folder the reports can be written to',
          `${outDir} (${error.message})`,
        );
      },
    );
    // On stderr, so that stdout stays the console report alone (pipeable).
    for (const report of written)
      io.stderr(`${report.name} report written to ${relative(io.cwd, report.path)}\n`);
  }
}
