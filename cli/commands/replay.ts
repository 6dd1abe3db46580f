import type { SystemFactory } from '../../domain/index.ts';
import { InputError } from '../../domain/index.ts';
import { CORPUS_DIR, replayCorpus, type ReplayMode } from '../../explore/index.ts';
import type { Scenario } from '../../harness/index.ts';
import { cliCommand, type CommandContext } from '../cli-command.ts';
import { emitReports } from '../emit-reports.ts';
import { chosenReporters, reporterOption, REPORT_OPTIONS } from '../report-options.ts';
import { EXIT } from '../exit-codes.ts';
import { loadEach } from '../load-inputs.ts';
import { loadSystem } from '../load-system.ts';
import { oneOf } from '../option-parsers.ts';
import { runHeader, runRecord } from '../run-record.ts';

interface ReplayOptions {
  readonly system?: string;
  readonly mode: ReplayMode;
  readonly reporter?: string[];
  readonly out: string;
}

async function execute(
  paths: readonly string[],
  options: ReplayOptions,
  context: CommandContext,
): Promise<void> {
  const { io } = context;
  const reporters = chosenReporters(options, io);
  // Every file is checked: a stale one (no longer loads) is set aside and named at the end.
  const { scenarios: loaded, stale } = loadEach(paths.length > 0 ? paths : [CORPUS_DIR], io.cwd);
  const scenarios = loaded.filter((scenario) => scenario.found !== undefined);
  for (const scenario of loaded)
    if (scenario.found === undefined)
      stale.push(
        new InputError(
          'REPLAY_INPUT',
          scenario.ref.file,
          'found',
          'a counterexample saved by explore (a found: block)',
          'a scenario without one',
        ),
      );
  const cache = new Map<string, SystemFactory>();
  const systemFor = async (recorded: string) => {
    const name = options.system ?? recorded;
    const factory = cache.get(name) ?? (await loadSystem(name, io.cwd));
    cache.set(name, factory);
    return { name, factory };
  };
  // A counterexample whose system module is gone is stale too: set aside, named at the end.
  const playable: Scenario[] = [];
  for (const scenario of scenarios) {
    try {
      await systemFor(scenario.found?.system ?? 'reference');
      playable.push(scenario);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      stale.push(
        new InputError(error.code, scenario.ref.file, 'found.system', error.expected, error.message),
      );
    }
  }
  const outcomes = await replayCorpus(playable, options.mode, systemFor);
  const run = runRecord(
    runHeader(context.argv, io, undefined),
    outcomes.map((o) => o.result),
  );
  await emitReports(run, reporters, options.out, io);
  const failed = outcomes.filter((o) => !o.ok);
  io.stderr(
    `replay (${options.mode}): ${outcomes.length - failed.length} of ${outcomes.length} counterexamples as expected\n`,
  );
  for (const o of failed)
    io.stderr(`  not as expected: ${o.file ?? '?'} (${o.rules.join(', ')} on ${o.system})\n`);
  if (stale.length > 0) {
    // Bad input, but only once every other file has been checked.
    io.stderr(`replay: ${stale.length} stale file(s) could not be replayed (regenerate or delete them):\n`);
    for (const error of stale) io.stderr(`  stale: ${error.message}\n`);
    context.setExitCode(EXIT.usage);
    return;
  }
  context.setExitCode(failed.length > 0 ? EXIT.failed : EXIT.ok);
}

/** `replay`: replay saved counterexamples (scenarios/corpus/) and check they still reproduce. */
export const replayCommand = cliCommand('replay', (command, context) => {
  command
    .description('Replay counterexamples saved by explore; check each saved violation still reproduces.')
    .argument('[files...]', `counterexample files or folders (default: ${CORPUS_DIR}/)`)
    .option('--system <module>', 'replay on this system instead of the one each was found on')
    .option(
      '--mode <mode>',
      'reproduce: every saved rule is still violated; fixed: none is any more',
      oneOf<ReplayMode>(['reproduce', 'fixed']),
      'reproduce',
    )
    .option(...reporterOption('without blob'))
    .option(...REPORT_OPTIONS.out)
    .addHelpText(
      'after',
      `
Exit codes: 0 every counterexample as expected, 1 one is not, 2 bad input (a stale file that no
longer loads is named at the end, after every other file was replayed).

Examples:
  $ inbox-move-sim replay
  $ inbox-move-sim replay scenarios/corpus/banner-left-up-move-3-s57.yaml
  $ inbox-move-sim replay --system ./my-fixed-system.ts --mode fixed`,
    )
    .action(async (paths: string[], options: ReplayOptions) => {
      await execute(paths, options, context);
    });
});
