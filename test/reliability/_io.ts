import { fileURLToPath } from 'node:url';
import { main, type CliIO } from '../../cli/main.ts';

/** The project root, the working directory of every CLI call here. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the CLI in-process with a fixed clock and no terminal; returns what it wrote. */
export async function runCli(
  argv: readonly string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    isTTY: { stdout: false, stderr: false },
    env: {},
    cwd: ROOT,
    now: () => new Date('2024-05-01T12:00:00.000Z'),
  };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/**
 * Clean error output: one `error:` line per problem (a scenario file reports all its errors at once,
 * capped at 20 plus a count), each line ended, no stack trace, no raw control character.
 */
export function isOneCleanLine(stderr: string): boolean {
  const lines = stderr.split('\n');
  return (
    lines.length >= 2 &&
    lines.length <= 23 &&
    lines[lines.length - 1] === '' &&
    stderr.startsWith('error: ') &&
    !/\n\s+at |\.ts:\d+:\d+/.test(stderr) &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u0009\u000b-\u001f\u007f]/.test(stderr)
  );
}
