import { InputError } from '../domain/index.ts';
import type { CliIO } from './io.ts';

/**
 * `INBOX_MOVE_SIM_NOW=2024-05-01T12:00:00Z` pins the wall clock recorded as a run's `startedAt`,
 * so that two processes give byte-identical reports (CI diffs, golden files). Unset: the real clock.
 */
export const NOW_ENV = 'INBOX_MOVE_SIM_NOW';

/** The pinned clock from the environment; a value that is not a date is bad input (exit code 2). */
function pinnedNow(value: string): () => Date {
  const pinned = new Date(value);
  if (value.trim() === '' || Number.isNaN(pinned.getTime())) {
    return () => {
      throw new InputError(
        'BAD_ENV',
        null,
        NOW_ENV,
        'an ISO-8601 date such as 2024-05-01T12:00:00Z',
        JSON.stringify(value),
      );
    };
  }
  return () => new Date(pinned.getTime());
}

/** The process's own streams, environment and clock: the one place the CLI reads the real clock. */
export function realIO(): CliIO {
  const now = process.env[NOW_ENV];
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    isTTY: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
    env: process.env,
    cwd: process.cwd(),
    now: now === undefined ? () => new Date() : pinnedNow(now),
    onInterrupt(handler) {
      process.once('SIGINT', handler);
      return () => {
        process.removeListener('SIGINT', handler);
      };
    },
  };
}
