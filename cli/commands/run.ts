import type { PolicyId, ProfileId, RuleId } from '../../domain/index.ts';
import { cliCommand, type CommandContext } from '../cli-command.ts';
import { reportRun } from '../emit-reports.ts';
import { chosenReporters, reporterOption, REPORT_OPTIONS } from '../report-options.ts';
import { reportViewOf } from '../report-context.ts';
import { runExitCode } from '../exit-codes.ts';
import { loadInputs } from '../load-inputs.ts';
import { loadSystem } from '../load-system.ts';
import { onlyRules } from '../only-rules.ts';
import {
  parseNonNegativeInt,
  parsePolicy,
  parsePolicyId,
  parseProfile,
  parseRuleIds,
  parseShard,
  type PolicyOverrides,
} from '../option-parsers.ts';
import { playSuite } from '../play-suite.ts';
import { runHeader } from '../run-record.ts';
import { rerunCommand } from '../rerun.ts';
import { runSweep } from '../run-sweep.ts';
import { selectScenarios } from '../select-scenarios.ts';
import { BLOB } from '../blob.ts';
import { shardOf, withRunShard } from '../shard-part.ts';
import { UsageError } from '../usage-error.ts';
import { checkSystemCan, STEP_TIMEOUT_OPTION } from '../system-options.ts';

interface RunOptions {
  readonly system?: string;
  readonly profile?: ProfileId;
  readonly policy?: PolicyOverrides;
  readonly sweep?: PolicyId;
  readonly reporter?: string[];
  readonly out: string;
  readonly seed?: number;
  readonly only?: RuleId[];
  readonly grep?: string;
  readonly rule?: RuleId[];
  readonly bail?: boolean;
  readonly quiet?: boolean;
  readonly junitSkipped?: boolean;
  readonly open?: boolean;
  readonly shard?: { readonly index: number; readonly count: number };
  readonly stepTimeout: number;
}

async function execute(
  paths: readonly string[],
  options: RunOptions,
  context: CommandContext,
): Promise<void> {
  const { io } = context;
  const reporters = chosenReporters(options, io);
  const factory = await loadSystem(options.system, io.cwd, options.stepTimeout);
  checkSystemCan(factory, options.system, options);
  const loaded = loadInputs(paths, io.cwd, io);
  const selected = selectScenarios(
    loaded,
    options,
    paths.length > 0 ? paths.join(', ') : 'the built-in suite',
  );
  if (options.sweep !== undefined && reporters.includes(BLOB))
    throw new UsageError('--reporter blob cannot be merged for a --sweep: shard without --sweep');
  // --shard i/n: this machine's share of the selection; a blob records where each result goes.
  const shard = shardOf(selected, options.shard);
  const scenarios = shard.items;
  const runOptions = {
    factory,
    policies: options.policy,
    profile: options.profile,
    stepTimeoutMs: options.stepTimeout,
  };
  const header = runHeader(context.argv, io, options.seed);
  const rerun = rerunCommand(context.argv, paths);
  const view = reportViewOf(options);
  if (options.sweep !== undefined) {
    const request = { ...options, reporters, header, rerun, view };
    const run = await runSweep(scenarios, options.sweep, runOptions, request, io);
    context.setExitCode(runExitCode(run));
    return;
  }
  const played = await playSuite(scenarios, runOptions, header, io, { bail: options.bail === true, rerun });
  const run = withRunShard(
    onlyRules(played, options.only),
    options.shard,
    shard.positions,
    reporters.includes(BLOB),
  );
  await reportRun(run, reporters, options, context);
}

/** `run`: play scenarios against a system and judge every rule (the main job). */
export const runCommand = cliCommand('run', (command, context) => {
  command
    .description('Play scenarios against a system under test and judge every rule by ID.')
    .argument('[paths...]', 'scenario files or folders (default: the built-in suite)')
    .option(
      '--system <module>',
      'system under test: "reference" or a module whose default export is a SystemFactory',
    )
    .option(...STEP_TIMEOUT_OPTION)
    .option('--profile <id>', 'rule profile (dated version of the article) for every scenario', parseProfile)
    .option('--policy <OPEN-n=value>', 'interpretation of an open question (repeatable)', parsePolicy)
    .option(
      '--sweep <OPEN-n>',
      'play each scenario under every value of this policy, side by side',
      parsePolicyId,
    )
    .option(...reporterOption('with blob', '(several at once; default: console)'))
    .option(...REPORT_OPTIONS.out)
    .option('--seed <n>', 'seed recorded in the run, for replay', parseNonNegativeInt)
    .option(
      '--only <ruleIds>',
      'judge only these rules (comma-separated IDs); tables list only them',
      parseRuleIds,
    )
    .option('--grep <text>', 'run only scenarios whose id or title contains this text (any case)')
    .option(
      '--rule <ruleIds>',
      'run only scenarios targeting one of these rules (comma-separated)',
      parseRuleIds,
    )
    .option('--bail', 'stop after the first failing scenario')
    .option(
      '--shard <i/n>',
      'play only shard i of n (scenarios k ≡ i-1 mod n); merge the blobs with merge-reports',
      parseShard,
    )
    .option(...REPORT_OPTIONS.quiet)
    .option(...REPORT_OPTIONS.junitSkipped)
    .option('--open', 'open the HTML report in the default browser (a note instead in CI or with no display)')
    .addHelpText(
      'after',
      `
A scenario's expectations hold for the profile and policies it was written for: under --profile,
--policy or --sweep values other than its own they are reported as "not checked: written for ..."
and only the rules' verdicts count.

Exit codes: 0 all passed, 1 a rule violated or an expectation failed, 2 bad input or usage
(also: no scenario found, or none left by --grep / --rule; --out not writable).

Examples:
  $ inbox-move-sim run
  $ inbox-move-sim run scenarios/suite/move-7-notifications-off.yaml --reporter console json
  $ inbox-move-sim run my-scenarios/ --system ./my-system.ts --profile 2025-05-28
  $ inbox-move-sim run --policy OPEN-1=unassign --policy OPEN-6=off-until-complete
  $ inbox-move-sim run --sweep OPEN-6 --reporter console json --out out/sweep
  $ inbox-move-sim run --only MOVE-7,HIST-2c --reporter junit --out reports-out
  $ inbox-move-sim run --grep notification --bail --quiet
  $ inbox-move-sim run --rule HIST-2a,MOVE-7`,
    )
    .action(async (paths: string[], options: RunOptions) => {
      await execute(paths, options, context);
    });
});
