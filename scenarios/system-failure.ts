import type { Command, Trace } from '../domain/index.ts';

/**
 * A system under test threw instead of answering with a value. Not bad input and not a crash of
 * the tool: the runner turns it into a failed scenario that names the step and the command.
 */
export class SystemFailure extends Error {
  override readonly name = 'SystemFailure';
  readonly code = 'SYSTEM_THREW';

  constructor(
    /** The system's name. */
    readonly system: string,
    /** 1-based script step, or 0 when the system threw while being created or observed first. */
    readonly step: number,
    readonly command: Command | null,
    /** What was recorded before it threw. */
    readonly partialTrace: Trace | null,
    readonly causeMessage: string,
  ) {
    super(
      step === 0
        ? `system "${system}" threw while starting: ${causeMessage}`
        : `system "${system}" threw at step ${step} (${command?.type ?? '?'}): ${causeMessage}`,
    );
  }
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
