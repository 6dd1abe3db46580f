import { serveSystem } from '../../protocol/serve.ts';
import { cliCommand, type CommandContext } from '../cli-command.ts';
import { EXIT } from '../exit-codes.ts';
import { loadSystem, REFERENCE_SYSTEM } from '../load-system.ts';
import { UsageError } from '../usage-error.ts';

interface ServeOptions {
  readonly stdio?: boolean;
  readonly system?: string;
}

/**
 * `serve-system --stdio`: the reference system (or a --system module) served over the JSON-lines
 * protocol of docs/PROTOCOL.md on this process's own stdin and stdout — the other end of
 * `--system exec:`, and a live example of the protocol for anyone writing a system in another
 * language. It reads the real streams, not CliIO: a server has no use for a fake console.
 */
async function execute(options: ServeOptions, context: CommandContext): Promise<void> {
  if (options.stdio !== true) {
    throw new UsageError(
      "option '--stdio' is required: the only transport is stdin/stdout (docs/PROTOCOL.md)",
    );
  }
  const spec = options.system ?? REFERENCE_SYSTEM;
  const factory = await loadSystem(spec, context.io.cwd);
  try {
    await serveSystem({ name: spec, factory }, process.stdin, process.stdout);
  } finally {
    await factory.dispose?.();
  }
  context.setExitCode(EXIT.ok);
}

export const serveSystemCommand = cliCommand('serve-system', (command, context) => {
  command
    .description('Serve a system under test over the JSON-lines protocol (docs/PROTOCOL.md) on stdin/stdout.')
    .option('--stdio', 'speak the protocol on stdin (requests) and stdout (answers); required')
    .option('--system <module>', '"reference" (default) or a module whose default export is a SystemFactory')
    .addHelpText(
      'after',
      `
Ends with exit code 0 when stdin ends. Logs go to stderr; stdout carries only answers.

Examples:
  $ inbox-move-sim serve-system --stdio
  $ inbox-move-sim run --system exec:"inbox-move-sim serve-system --stdio"   # the reference, over the protocol`,
    )
    .action(async (options: ServeOptions) => {
      await execute(options, context);
    });
});
