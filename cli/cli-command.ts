import type { Command } from 'commander';
import type { ExitCode } from './exit-codes.ts';
import type { CliIO } from './io.ts';

/** What every command's action can reach: the outside world, and where to put its exit code. */
export interface CommandContext {
  readonly io: CliIO;
  /** The arguments as given, for recording the command line in a run (replay). */
  readonly argv: readonly string[];
  setExitCode(code: ExitCode): void;
}

/**
 * One command of the CLI, in its own file under `cli/commands/`. Adding a command is that file
 * plus one line in `cli/commands/index.ts`.
 */
export interface CliCommand {
  readonly name: string;
  /** Adds the command with `parent.command(name)` (so it inherits the output settings). */
  register(parent: Command, context: CommandContext): void;
}

/**
 * The command `name`, described by `build` on `parent.command(name)` (its description, options,
 * help and action, or its subcommands): the name is written once.
 */
export function cliCommand(
  name: string,
  build: (command: Command, context: CommandContext) => void,
): CliCommand {
  return { name, register: (parent, context) => build(parent.command(name), context) };
}
