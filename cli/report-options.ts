// The options of the commands that write reports (run, explore, replay, merge-reports): which
// reports, where, and how they look. Defined once, so that every command says them alike.
import { reporterNames } from '../reports/index.ts';
import { BLOB } from './blob.ts';
import { checkOutWritable } from './check-out.ts';
import { CONSOLE } from './emit-reports.ts';
import type { CliIO } from './io.ts';
import { namesFrom } from './option-parsers.ts';

/**
 * `--reporter <names...>`, its help the reporters' names and `note`; `blob` is one of them for a
 * command that can be sharded.
 */
export function reporterOption(blob: 'with blob' | 'without blob', note?: string) {
  const names = blob === 'with blob' ? [...reporterNames, BLOB] : reporterNames;
  const help = [names.join(', '), ...(note === undefined ? [] : [note])].join(' ');
  return ['--reporter <names...>', help, namesFrom(() => names)] as const;
}

/** The other report options, each as `.option(...REPORT_OPTIONS.out)` takes it. */
export const REPORT_OPTIONS = {
  out: ['--out <dir>', 'folder for file reports', 'out'],
  /** For the console report. */
  quiet: ['--quiet', 'console: only the failures and the summary line'],
  /** For the JUnit report. */
  junitSkipped: [
    '--junit-skipped',
    'JUnit: list not exercised / not applicable verdicts as skipped test cases',
  ],
} as const;

/**
 * The reports a command was asked for (the console's by default), each once. Checked before
 * anything runs: a report folder that cannot be written is found now, not after the run.
 */
export function chosenReporters(
  options: { readonly reporter?: readonly string[]; readonly out: string },
  io: CliIO,
): string[] {
  const reporters = [...new Set(options.reporter ?? [CONSOLE])];
  checkOutWritable(options.out, reporters, io);
  return reporters;
}
