import type { Command } from 'commander';
import type { PolicyId, ProfileId, RuleId, RunResult } from '../../domain/index.ts';
import { reporterNames } from '../../reports/index.ts';
import type { CliCommand, CommandContext } from '../command.ts';
import { emitReports } from '../emit-reports.ts';
import { EXIT } from '../exit-codes.ts';
import { loadInputs } from '../load-inputs.ts';
import { loadSystem } from '../load-system.ts';
import { onlyRules } from '../only-rules.ts';
import {
  namesFrom,
  parseNonNegativeInt,
  parsePolicy,
  parsePolicyId,
  parseProfile,
  parseRuleIds,
  type PolicyOverrides,
} from '../option-parsers.ts';
import { playSuite } from '../play-suite.ts';
import { runHeader } from '../run-record.ts';
import { runSweep } from '../run-sweep.ts';

interface RunOptions {
  readonly system?: string;
  readonly profile?: ProfileId;
  readonly policy?: PolicyOverrides;
  readonly sweep?: PolicyId;
  readonly reporter?: string[];
  readonly out: string;
  readonly seed?: number;
  readonly only?: RuleId[];
}

const failed = (run: RunResult): boolean => run.results.some((result) => result.outcome === 'fail');

async function execute(
  paths: readonly string[],
  options: RunOptions,
  context: CommandContext,
): Promise<void> {
  const { io } = context;
  const factory = await loadSystem(options.system, io.cwd);
  const scenarios = loadInputs(paths, io.cwd);
  const runOptions = { factory, policies: options.policy, profile: options.profile };
  const header = runHeader(context.argv, io, options.seed);
  const reporters = [...new Set(options.reporter ?? ['console'])];
  if (options.sweep !== undefined) {
    const run = await runSweep(scenarios, options.sweep, runOptions, { ...options, reporters, header }, io);
    context.setExitCode(failed(run) ? EXIT.failed : EXIT.ok);
    return;
  }
  const run = onlyRules(playSuite(scenarios, runOptions, header, io), options.only);
  await emitReports(run, reporters, options.out, io);
  context.setExitCode(failed(run) ? EXIT.failed : EXIT.ok);
}

/** `run`: play scenarios against a system and judge every rule (the main job). */
export const runCommand: CliCommand = {
  name: 'run',
  register(parent: Command, context: CommandContext) {
    parent
      .command('run')
      .description('Play scenarios against a system under test and judge every rule by ID.')
      .argument('[paths...]', 'scenario files or folders (default: the built-in suite)')
      .option(
        '--system <module>',
        'system under test: "reference" or a module whose default export is a SystemFactory',
      )
      .option(
        '--profile <id>',
        'rule profile (dated version of the article) for every scenario',
        parseProfile,
      )
      .option('--policy <OPEN-n=value>', 'interpretation of an open question (repeatable)', parsePolicy)
      .option(
        '--sweep <OPEN-n>',
        'play each scenario under every value of this policy, side by side',
        parsePolicyId,
      )
      .option(
        '--reporter <names...>',
        'console, json, junit, markdown, html (several at once; default: console)',
        namesFrom(() => reporterNames),
      )
      .option('--out <dir>', 'folder for file reports', 'out')
      .option('--seed <n>', 'seed recorded in the run, for replay', parseNonNegativeInt)
      .option('--only <ruleIds>', 'judge only these rules (comma-separated IDs)', parseRuleIds)
      .addHelpText(
        'after',
        `
Exit codes: 0 all passed, 1 a rule violated or an expectation failed, 2 bad input or usage.

Examples:
  $ inbox-move-sim run
  $ inbox-move-sim run scenarios/suite/move-7-notifications-off.yaml --reporter console json
  $ inbox-move-sim run my-scenarios/ --system ./my-system.ts --profile 2025-05-28
  $ inbox-move-sim run --policy OPEN-1=unassign --policy OPEN-6=off-until-complete
  $ inbox-move-sim run --sweep OPEN-6 --reporter console json --out out/sweep
  $ inbox-move-sim run --only MOVE-7,HIST-2c --reporter junit --out reports-out`,
      )
      .action(async (paths: string[], options: RunOptions) => {
        await execute(paths, options, context);
      });
  },
};
