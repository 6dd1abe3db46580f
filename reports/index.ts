// The reporters' registry: one entry per format, looked up by name.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../domain/errors.ts';
import type { RunResult } from '../domain/run-result.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { consoleReporter } from './console.ts';
import { htmlReporter } from './html.ts';
import { jsonReporter } from './json.ts';
import { junitReporter } from './junit.ts';
import { markdownReporter } from './markdown.ts';
import { isReporterName, REPORTER_NAMES } from './reporter.ts';
import type { ReportContext, Reporter, ReporterName } from './reporter.ts';

/** Every reporter by name. */
export const REPORTERS: Readonly<Record<ReporterName, Reporter>> = {
  console: consoleReporter,
  json: jsonReporter,
  junit: junitReporter,
  markdown: markdownReporter,
  html: htmlReporter,
};

/** The valid `--reporter` names, in display order. */
export const reporterNames: readonly ReporterName[] = REPORTER_NAMES;

/** The reporter called `name`; an unknown name is an InputError listing the valid ones. */
export function getReporter(name: string): Reporter {
  if (isReporterName(name)) return REPORTERS[name];
  throw new InputError(
    'UNKNOWN_REPORTER',
    null,
    '--reporter',
    `one of ${reporterNames.join(', ')}`,
    JSON.stringify(name),
  );
}

/** A report file that was written. */
export interface WrittenReport {
  readonly name: ReporterName;
  readonly path: string;
}

/**
 * Renders each named report and writes it to `outDir` (created if missing) under its reporter's
 * `fileName`, atomically. Every report is rendered before any file is written, so an unknown name
 * or a failing render leaves no file behind. Files never get ANSI colour, whatever `context.color`.
 */
export async function writeReports(
  run: RunResult,
  names: readonly string[],
  outDir: string,
  context: ReportContext,
): Promise<WrittenReport[]> {
  const reporters = [...new Set(names)].map(getReporter);
  const fileContext: ReportContext = { ...context, color: false };
  const rendered = reporters.map((reporter) => ({ reporter, text: reporter.render(run, fileContext) }));
  await mkdir(outDir, { recursive: true });
  const written: WrittenReport[] = [];
  for (const { reporter, text } of rendered) {
    const path = join(outDir, reporter.fileName);
    await writeFileAtomic(path, text);
    written.push({ name: reporter.name, path });
  }
  return written;
}

export { isReporterName, REPORTER_NAMES } from './reporter.ts';
export type { ReportContext, Reporter, ReporterName, RuleInfo } from './reporter.ts';
export { progressBar } from './console.ts';
export { JSON_REPORT_SCHEMA_VERSION } from './json-schema.ts';
export type { JsonReportV1 } from './json-schema.ts';
export { toJsonReport } from './json.ts';
