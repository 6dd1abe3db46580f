import { fileURLToPath } from 'node:url';
import type { CliIO } from '../../cli/main.ts';
import { main } from '../../cli/main.ts';

/** The project root: relative paths in tests (scenarios/suite/..., examples/...) resolve from it. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A fixed wall clock, so recorded runs are byte-stable. */
export const FIXED_NOW = new Date('2024-05-01T12:00:00.000Z');

export interface FakeIO extends CliIO {
  readonly out: string[];
  readonly err: string[];
}

/** An io that records what the CLI writes; no terminal, no colour, a fixed clock. */
export function fakeIO(overrides: Partial<CliIO> = {}): FakeIO {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    isTTY: { stdout: false, stderr: false },
    env: {},
    cwd: ROOT,
    now: () => FIXED_NOW,
    ...overrides,
  };
}

/** Runs the CLI in-process and returns its exit code and what it wrote. */
export async function cli(
  argv: readonly string[],
  overrides: Partial<CliIO> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = fakeIO(overrides);
  const code = await main(argv, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}
