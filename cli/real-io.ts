import type { CliIO } from './io.ts';

/** The process's own streams, environment and clock: the one place the CLI reads the real clock. */
export function realIO(): CliIO {
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
    now: () => new Date(),
  };
}
