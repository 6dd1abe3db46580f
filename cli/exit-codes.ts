import type { RunResult } from '../domain/index.ts';

/** The CLI's exit codes, the same for every command. */
export const EXIT = {
  /** Everything passed (or the command only informs). */
  ok: 0,
  /** A rule was violated or a scenario's expectation failed. */
  failed: 1,
  /** Bad input or usage: an unknown option or command, a bad value, a malformed file. */
  usage: 2,
  /** A bug: an unexpected error (stack shown only with DEBUG=inbox-move-sim). */
  internal: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A finished run's exit code: 1 for a failing scenario or a failure found by exploration, else 0. */
export function runExitCode(run: RunResult): ExitCode {
  const failed =
    run.results.some((result) => result.outcome === 'fail') || (run.explore?.failures.length ?? 0) > 0;
  return failed ? EXIT.failed : EXIT.ok;
}
