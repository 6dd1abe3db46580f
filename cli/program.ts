import { Command, Help, type CommanderError } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import type { CommandContext } from './cli-command.ts';
import { COMMANDS } from './commands/index.ts';
import { UsageError, usageMessage } from './usage-error.ts';

/** Help is wrapped at a fixed width so that it reads the same in a terminal, a pipe and a test. */
const HELP_WIDTH = 100;

/** Help and errors go through the fake-able io; commander never writes or exits by itself. */
function configure(command: Command, context: CommandContext): void {
  command
    .configureOutput({
      writeOut: (text) => context.io.stdout(text),
      writeErr: (text) => context.io.stderr(text),
      // Errors are printed once, by main(), after usageMessage() has made them one line.
      outputError: () => undefined,
      getOutHelpWidth: () => HELP_WIDTH,
      getErrHelpWidth: () => HELP_WIDTH,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .exitOverride((error: CommanderError) => {
      // Help and --version end with exit code 0; every other commander error is a usage error.
      if (error.exitCode === 0) throw error;
      throw new UsageError(usageMessage(error, command));
    });
  for (const sub of command.commands) configure(sub, context);
}

/**
 * The command that `args` (already given its default command) runs or asks help for: only its
 * module is loaded; `inbox-move-sim --help` loads none.
 */
function commandNamed(args: readonly string[]): string | undefined {
  return args[0] === 'help' ? args[1] : args[0];
}

/** A command listed in the top-level help whose module is not loaded (it is never the one run). */
function addStub(program: Command, name: string, summary: string): void {
  program
    .command(name)
    .description(summary)
    .action(() => {
      throw new Error(`command ${name} was run without being loaded`);
    });
}

/** The whole command tree for `args`, built fresh for each `main()` call. */
export async function buildProgram(context: CommandContext, args: readonly string[]): Promise<Command> {
  const program = new Command('inbox-move-sim')
    .description(
      'Simulate moving an inbox channel or chatflow to the help desk, and judge every rule of the article by ID.',
    )
    .version(packageJson.version, '-V, --version')
    .allowExcessArguments(false);
  program.addHelpText(
    'after',
    `
With no command, runs the built-in suite against the reference system (same as "run").

Exit codes: 0 all passed, 1 a rule violated or an expectation failed, 2 bad input or usage,
3 internal error (set DEBUG=inbox-move-sim for the stack).

Examples:
  $ inbox-move-sim
  $ inbox-move-sim run scenarios/suite --reporter console junit --out out
  $ inbox-move-sim rules --group MOVE
  $ inbox-move-sim preview --seed 7 --conversations 500
  $ inbox-move-sim profiles diff 2024-01-29 2024-04-12`,
  );
  const wanted = commandNamed(args);
  for (const entry of COMMANDS) {
    if (entry.name === wanted) (await entry.load()).register(program, context);
    else addStub(program, entry.name, entry.summary);
  }
  const terms = new Map(COMMANDS.map((entry) => [entry.name, entry.term]));
  program.configureHelp({
    subcommandTerm: (command) => terms.get(command.name()) ?? new Help().subcommandTerm(command),
  });
  configure(program, context);
  return program;
}
