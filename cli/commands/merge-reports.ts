import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { RuleId, RunResult } from '../../domain/index.ts';
import { reporterNames } from '../../reports/index.ts';
import { readBlobs } from '../blob.ts';
import type { CliCommand, CommandContext } from '../cli-command.ts';
import { checkOutWritable } from '../check-out.ts';
import { emitReports } from '../emit-reports.ts';
import { reportViewOf } from '../report-context.ts';
import { EXIT } from '../exit-codes.ts';
import { mergeRuns } from '../merge-runs.ts';
import { namesFrom, parseRuleIds } from '../option-parsers.ts';

interface MergeOptions {
  readonly reporter?: string[];
  readonly out: string;
  readonly only?: RuleId[];
  readonly quiet?: boolean;
  readonly junitSkipped?: boolean;
}

/** Exit 1 as the unsharded command would: a failing scenario, or a failure found by explore. */
function failed(run: RunResult): boolean {
  return run.results.some((result) => result.outcome === 'fail') || (run.explore?.failures.length ?? 0) > 0;
}

async function execute(dir: string, options: MergeOptions, context: CommandContext): Promise<void> {
  const { io } = context;
  const reporters = [...new Set(options.reporter ?? ['console'])];
  checkOutWritable(options.out, reporters, io);
  const run = mergeRuns(readBlobs(resolve(io.cwd, dir), io.cwd), dir);
  const view = reportViewOf(options);
  await emitReports(run, reporters, options.out, io, true, view);
  context.setExitCode(failed(run) ? EXIT.failed : EXIT.ok);
}

/** `merge-reports`: the blobs of n shards (`--reporter blob`) → the reports of the unsharded run. */
export const mergeReportsCommand: CliCommand = {
  name: 'merge-reports',
  register(parent: Command, context: CommandContext) {
    parent
      .command('merge-reports')
      .description('Merge the blob reports of shards (--shard i/n --reporter blob) into every report.')
      .argument('<dir>', 'folder holding blob-<i>-of-<n>.json of every shard 1..n')
      .option(
        '--reporter <names...>',
        'console, json, junit, markdown, html (several at once; default: console)',
        namesFrom(() => reporterNames),
      )
      .option('--out <dir>', 'folder for file reports', 'out')
      .option('--only <ruleIds>', 'tables list only these rules (as the shards were run)', parseRuleIds)
      .option('--quiet', 'console: only the failures and the summary line')
      .option('--junit-skipped', 'JUnit: list not exercised / not applicable verdicts as skipped test cases')
      .addHelpText(
        'after',
        `
The reports are exactly those of the unsharded command (the shards' command without --shard): a
merge needs every shard 1..n of one command, or it exits 2 naming what is missing.

Exit codes: 0 all passed, 1 a rule violated or an expectation failed, 2 bad input or usage.

Examples:
  $ inbox-move-sim run --shard 1/2 --reporter blob --out blobs
  $ inbox-move-sim run --shard 2/2 --reporter blob --out blobs
  $ inbox-move-sim merge-reports blobs --reporter console junit markdown --out out`,
      )
      .action(async (dir: string, options: MergeOptions) => execute(dir, options, context));
  },
};
