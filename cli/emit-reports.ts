import { mkdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { RunResult } from '../domain/index.ts';
import { rethrowAsOutError } from './check-out.ts';
import type { CommandContext } from './cli-command.ts';
import { runExitCode } from './exit-codes.ts';
import {
  createReportContext,
  reportViewOf,
  type ReportView,
  type ReportViewOptions,
} from './report-context.ts';
import { getReporter, writeReports } from '../reports/index.ts';
import type { CliIO } from './io.ts';
import { BLOB, blobFileName, blobText } from './blob.ts';
import { writeFileAtomic } from '../reports/atomic-write.ts';
import { openInBrowser } from './open-in-browser.ts';

/** `--reporter blob`: the run as JSON for `merge-reports` (cli/blob.ts), written like any report. */
async function writeBlob(run: RunResult, outDir: string, io: CliIO): Promise<void> {
  const dir = resolve(io.cwd, outDir);
  const path = join(dir, blobFileName(run));
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(path, blobText(run));
  io.stderr(`blob report written to ${relative(io.cwd, path)}\n`);
}

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
  view: ReportView = {},
): Promise<void> {
  const context = await createReportContext(io, view, names.includes('html'));
  if (showConsole && names.includes(CONSOLE)) io.stdout(getReporter(CONSOLE).render(run, context));
  const files = names.filter((name) => name !== CONSOLE && name !== BLOB);
  if (names.includes(BLOB)) await writeBlob(run, outDir, io);
  if (files.length > 0) {
    const written = await writeReports(run, files, resolve(io.cwd, outDir), context).catch((error: unknown) =>
      rethrowAsOutError(error, 'OUT_DIR', outDir),
    );
    // On stderr, so that stdout stays the console report alone (pipeable).
    for (const report of written)
      io.stderr(`${report.name} report written to ${relative(io.cwd, report.path)}\n`);
    const page = written.find((report) => report.name === 'html');
    if (view.open === true && page !== undefined) openInBrowser(page.path, io);
  }
  if (view.open === true && !names.includes('html'))
    io.stderr('not opened in a browser: --open needs --reporter html\n');
}

/**
 * Shows a finished run as `run` and `merge-reports` do, each report as the command line asked
 * (`--only`, `--quiet`, `--junit-skipped`, `--open`), and sets the exit code the run earns.
 */
export async function reportRun(
  run: RunResult,
  reporters: readonly string[],
  options: ReportViewOptions & { readonly out: string },
  context: CommandContext,
): Promise<void> {
  await emitReports(run, reporters, options.out, context.io, true, reportViewOf(options));
  context.setExitCode(runExitCode(run));
}
