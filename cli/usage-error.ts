import type { Command, CommanderError } from 'commander';

/** A usage mistake (unknown option or command, bad value): one line on stderr, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

function optionNames(command: Command): string[] {
  return command.options.map((option) => option.long ?? option.short ?? option.flags).concat('--help');
}

/**
 * Commander's message made into one line that names what was found and what was expected.
 * Commander's suggestion ("Did you mean ...?") comes on a second line; it is kept, on the same line.
 */
export function usageMessage(error: CommanderError, command: Command): string {
  const oneLine = error.message
    .replace(/^error:\s*/, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  const where = command.parent === null ? '' : ` of '${command.name()}'`;
  switch (error.code) {
    case 'commander.unknownOption':
      return `${oneLine}${where}; expected one of: ${optionNames(command).join(', ')}`;
    case 'commander.unknownCommand':
      return `${oneLine}; expected one of: ${command.commands.map((sub) => sub.name()).join(', ')}`;
    default:
      return oneLine;
  }
}
