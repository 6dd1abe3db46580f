/**
 * Everything the CLI touches outside itself. `main()` receives it, so tests pass a fake one with a
 * fixed clock; only `realIO()` (used by the entry) reads the real process and the real clock.
 */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly isTTY: { readonly stdout: boolean; readonly stderr: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The directory relative paths on the command line are resolved against. */
  readonly cwd: string;
  /** Wall-clock time, for `startedAt` of a run and per-scenario wall times (the model runs on simulated time). */
  now(): Date;
  /**
   * Calls `handler` on the first Ctrl-C (SIGINT) instead of dying, until the returned function
   * removes it (a second Ctrl-C then stops the process). Absent: nothing to listen to (tests).
   */
  onInterrupt?(handler: () => void): () => void;
}

/** Console colour only for a terminal, and never when `NO_COLOR` is set. */
export function wantsColor(io: CliIO): boolean {
  return io.isTTY.stdout && io.env.NO_COLOR === undefined;
}
