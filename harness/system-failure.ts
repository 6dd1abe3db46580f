import type { Command, Trace } from '../domain/index.ts';

/**
 * A system under test broke outside any answer: its process died, its protocol went wrong, its
 * teardown failed. Throw it from an adapter (e.g. the `exec:` client) with what is known
 * ("process exited with code 1; stderr tail: …"); the runner reports it against the system — as
 * the failure of the step in progress inside a play, as a failed run outside one — never as an
 * internal error of the tool.
 */
export class SystemCrash extends Error {
  override readonly name = 'SystemCrash';
  readonly code = 'SYSTEM_CRASHED';

  constructor(
    /** The system's name (or the --system value when it has none yet). */
    readonly system: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A system under test threw, answered something malformed, or did not answer in time, instead of
 * answering with a value. Not bad input and not a crash of the tool: the runner turns it into a
 * failed scenario (or a counterexample in explore) that names the step and the command.
 */
export class SystemFailure extends Error {
  override readonly name = 'SystemFailure';
  readonly code = 'SYSTEM_THREW';

  constructor(
    /** The system's name. */
    readonly system: string,
    /** 1-based script step, or 0 when the system failed while being created or observed first. */
    readonly step: number,
    readonly command: Command | null,
    /** What was recorded before it failed (only values that passed validation). */
    readonly partialTrace: Trace | null,
    readonly causeMessage: string,
    /** The call that failed, e.g. `execute()`, `world()`, `close()`; shown in the message. */
    readonly call: string | null = null,
    /** What went wrong, as a verb: `threw`, `answered malformed`, `did not answer`. */
    readonly verb: string = 'threw',
  ) {
    const where =
      step === 0
        ? 'while starting'
        : command === null
          ? `after step ${step}`
          : `at step ${step} (${command.type})`;
    super(`system "${system}" ${verb} ${where}${call === null ? '' : ` in ${call}`}: ${causeMessage}`);
  }
}

/**
 * What to add to a system's error when it tried to clone, write or freeze a world's message list:
 * lists of generated and `bulk:` worlds are read-only views over columns (domain/message-columns.ts),
 * which `structuredClone` refuses and writes and `Object.freeze` throw on. The failure stays the
 * system's (it was given an immutable world), but the message says why, instead of a bare
 * "[object Array] could not be cloned".
 */
export function readOnlyListHint(error: unknown): string {
  const viewRefused =
    error instanceof Error &&
    (error.name === 'DataCloneError' ||
      /^'(set|defineProperty|deleteProperty|preventExtensions|setPrototypeOf)' on proxy: trap returned falsish/.test(
        error.message,
      ));
  return viewRefused
    ? ' (a world is read-only, and the message lists of generated and bulk: worlds are views that refuse writes, freezing and structuredClone: copy them with spread, slice or JSON; README, "Plugging in your own system")'
    : '';
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
