import type { SystemFactory, SystemOptions, World } from '../domain/index.ts';
import { InputError } from '../domain/index.ts';
import { ExecSystem, unhandledIsFine } from './exec-system.ts';
import { SystemProcess } from './system-process.ts';
import { DEFAULT_STEP_TIMEOUT_MS } from '../harness/maybe-async.ts';

/** `--system exec:<command line>`: a system in any language, spoken to over docs/PROTOCOL.md. */
export const EXEC_PREFIX = 'exec:';

/** How long a process may take to exit once its stdin is closed, before it is killed. */
const EXIT_GRACE_MS = 2_000;

export interface ExecOptions {
  /** Longest wait for any one answer; the process is killed (and restarted for the next play) after it. */
  readonly stepTimeoutMs?: number;
  /** Where the command runs (relative paths in it are resolved against it). */
  readonly cwd?: string;
}

/**
 * Starts `commandLine` (through the shell) once, asks `hello` for its name and capabilities, and
 * returns a factory that runs every play in that same process (`init` … `close`). A process that
 * died or was killed is started again for the next play. `dispose()` closes its stdin and waits for
 * it to exit (killing it after a grace period). A command that cannot answer `hello` is bad input.
 */
export async function execSystemFactory(
  commandLine: string,
  options: ExecOptions = {},
): Promise<SystemFactory> {
  const cwd = options.cwd ?? process.cwd();
  const timeoutMs = options.stepTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS;
  let current = new SystemProcess(commandLine, cwd, timeoutMs);
  let play = 0;
  const running = (): SystemProcess => {
    if (!current.alive) {
      current.kill();
      const name = current.name;
      current = new SystemProcess(commandLine, cwd, timeoutMs);
      current.name = name;
    }
    return current;
  };

  let hello;
  try {
    hello = await current.request('hello');
    current.name = hello.name;
  } catch (error) {
    await current.stop(0);
    throw new InputError(
      'SYSTEM_LOAD',
      `${EXEC_PREFIX}${commandLine}`,
      null,
      'a command that speaks the inbox-move-sim protocol (docs/PROTOCOL.md) and answers hello',
      error instanceof Error ? error.message : String(error),
    );
  }

  const factory = async (world: World, systemOptions: SystemOptions): Promise<ExecSystem> => {
    const child = running();
    const generation = ++play;
    const initializing = child.request('init', {
      world,
      options: { policies: systemOptions.policies, profile: systemOptions.profile },
    });
    // What the runner asks next, sent without waiting (answers come in order): one round trip.
    const opening = {
      observe: unhandledIsFine(child.request('observe')),
      log: unhandledIsFine(child.request('events-since', { seq: 0 })),
    };
    const identity = await initializing;
    const isCurrent = (): boolean => generation === play && child === current;
    return new ExecSystem(identity.name, identity.capabilities, child, isCurrent, world, opening);
  };
  return Object.assign(factory, {
    capabilities: hello.capabilities,
    dispose: () => current.stop(EXIT_GRACE_MS),
  });
}
