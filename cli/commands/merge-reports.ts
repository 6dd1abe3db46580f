import { resolve } from 'node:path';
import type { RuleId } from '../../domain/index.ts';
import { readBlobs } from '../blob.ts';
import { cliCommand, type CommandContext } from '../cli-command.ts';
import { reportRun } from '../emit-reports.ts';
import { chosenReporters, reporterOption, REPORT_OPTIONS } from '../report-options.ts';
import { mergeRuns } from '../merge-runs.ts';
import { parseRuleIds } from '../option-parsers.ts';

interface MergeOptions {
  readonly reporter?: string[];
  readonly out: string;
  readonly only?: RuleId[];
  readonly quiet?: boolean;
  readonly junitSkipped?: boolean;
}

async function execute(dir: string, options: MergeOptions, context: CommandContext): Promise<void> {
  const { io } = context;
  const reporters = chosenReporters(options, io);
  // Exit 1 as the unsharded command would: a failing scenario, or a failure found by explore.
  await reportRun(mergeRuns(readBlobs(resolve(io.cwd, dir), io.cwd), dir), reporters, options, context);
}

/** `merge-reports`: the blobs of n shards (`--reporter blob`) → the reports of the unsharded run. */
export const mergeReportsCommand = cliCommand('merge-reports', (command, context) => {
  command
    .description('Merge the blob reports of shards (--shard i/n --reporter blob) into every report.')
    .argument('<dir>', 'folder holding blob-<i>-of-<n>.json of every shard 1..n')
    .option(...reporterOption('without blob', '(several at once; default: console)'))
    .option(...REPORT_OPTIONS.out)
    .option('--only <ruleIds>', 'tables list only these rules (as the shards were run)', parseRuleIds)
    .option(...REPORT_OPTIONS.quiet)
    .option(...REPORT_OPTIONS.junitSkipped)
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
});
