import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CommanderError } from 'commander';
import { InputError } from '../domain/index.ts';
import { ScenarioErrors } from '../scenarios/scenario-errors.ts';
import { SystemCrash, SystemFailure } from '../harness/system-failure.ts';
import type { CommandContext } from './cli-command.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import type { CliIO } from './io.ts';
import { disposeLoadedSystems } from './loaded-systems.ts';
import { buildProgram } from './program.ts';
import { realIO } from './real-io.ts';
import { UsageError } from './usage-error.ts';

export type { CliIO } from './io.ts';

const TOP_LEVEL_FLAGS = new Set(['-h', '--help', '-V', '--version']);

/** No command means `run` (the main job): `inbox-move-sim` and `inbox-move-sim --seed 3` both run. */
function withDefaultCommand(argv: readonly string[]): string[] {
  const first = argv[0];
  if (first === undefined) return ['run'];
  if (first.startsWith('-') && !TOP_LEVEL_FLAGS.has(first)) return ['run', ...argv];
  return [...argv];
}

// C0/C1 controls, line separators and bidi overrides: a value echoed from the command line or a
// file must not drive the terminal (colours, cursor moves) or split the one error line.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** An error message as one printable line: control characters shown as `\u001b` escapes. */
function oneSafeLine(message: string): string {
  return message.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The one place errors become exit codes: only the entry catches (STYLE.md 9). */
function exitCodeFor(error: unknown, io: CliIO): ExitCode {
  if (error instanceof CommanderError && error.exitCode === 0) return EXIT.ok;
  if (error instanceof ScenarioErrors) {
    // Every error of the file at once, one line each, like tsc.
    for (const line of error.lines()) io.stderr(`error: ${oneSafeLine(line)}\n`);
    return EXIT.usage;
  }
  if (error instanceof SystemFailure || error instanceof SystemCrash) {
    // The system under test failed where no scenario could hold the failure (e.g. preview).
    io.stderr(`error: system failure: ${oneSafeLine(error.message)}\n`);
    return EXIT.failed;
  }
  if (error instanceof UsageError || error instanceof InputError || error instanceof CommanderError) {
    io.stderr(`error: ${oneSafeLine(error.message)}\n`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`internal error: ${oneSafeLine(message.split('\n')[0] ?? '')}\n`);
  if ((io.env.DEBUG ?? '').split(',').includes('inbox-move-sim') && error instanceof Error) {
    io.stderr(`${error.stack ?? ''}\n`);
  }
  return EXIT.internal;
}

/**
 * The whole CLI as a function: arguments in, exit code out; everything else through `io`.
 * @example await main(['rules', '--group', 'MOVE'], io) // 0
 */
export async function main(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT.ok;
  const context: CommandContext = {
    io,
    argv,
    setExitCode: (code) => {
      exitCode = code;
    },
  };
  try {
    const args = withDefaultCommand(argv);
    await (await buildProgram(context, args)).parseAsync(args, { from: 'user' });
  } catch (error) {
    exitCode = exitCodeFor(error, io);
  }
  // Plug-in factories with a dispose() (the exec: adapter's child process) are shut down once, here.
  const problems = await disposeLoadedSystems();
  for (const problem of problems) io.stderr(`error: ${oneSafeLine(problem)}\n`);
  return problems.length > 0 && exitCode === EXIT.ok ? EXIT.failed : exitCode;
}

/** Runs the CLI on the real process (used by this file as an entry and by bin/inbox-move-sim.js). */
export async function runCli(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), realIO());
  // A plug-in may leave a timer or a socket open (a hung call that timed out, say): the run is
  // over, so it must not keep the process alive. Unref'd: a clean exit does not wait for it.
  setTimeout(() => process.exit(), LINGER_MS).unref();
}

/** How long the process may linger after a command, for handles a plug-in left open. */
const LINGER_MS = 2000;

function isEntry(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

// `tsx cli/main.ts` (npm start) runs it directly; tests import main() without running anything.
if (isEntry()) await runCli();
