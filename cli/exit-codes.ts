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
