// `init system --lang ts|python <dir>` writes a skeleton that the built-in suite runs against at
// once and fails clearly (exit 1: every command answered "invalid", TODO), never exit 2/3 or a hang.
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
/** tsx by its path: the CLI runs in a folder outside the project, where `--import tsx` would not resolve. */
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const work = mkdtempSync(join(tmpdir(), 'inbox-move-sim-init-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The CLI from the sources, in `work`; resolves with the exit code and output (never rejects). */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', TSX, join(ROOT, 'cli/main.ts'), ...args],
      { cwd: work, timeout: 300_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string; killed?: boolean };
    if (failed.killed === true) throw new Error('the CLI hung', { cause: error });
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('init system', () => {
  it.each([
    ['ts', 'ts-system', 'system.ts', ['--system', 'ts-system/system.ts']],
    ['python', 'py-system', 'system.py', ['--system', 'exec:python3 py-system/system.py']],
  ])(
    '--lang %s: a skeleton the suite runs against and fails clearly (exit 1)',
    async (lang, dir, file, system) => {
      const init = await cli('init', 'system', '--lang', lang, dir);
      expect(init.code).toBe(0);
      expect(init.stdout).toContain(`wrote ${join(dir, file)}`);
      expect(readFileSync(join(work, dir, file), 'utf8')).toContain('TODO');
      const run = await cli('run', ...system, '--quiet');
      expect(run.stderr).not.toMatch(/internal error|at .*\.ts:\d+/);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/FAIL \d+ scenarios: 0 passed/);
      expect(run.stdout).toContain('TODO: implement start-move');
    },
    300_000,
  );

  it('refuses a folder that is not empty (exit 2), and accepts an empty one', async () => {
    mkdirSync(join(work, 'taken'));
    writeFileSync(join(work, 'taken', 'notes.txt'), 'mine');
    const taken = await cli('init', 'system', '--lang', 'ts', 'taken');
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('taken: expected a new or empty folder, found a folder with 1 entries');
    expect(readFileSync(join(work, 'taken', 'notes.txt'), 'utf8')).toBe('mine');
    mkdirSync(join(work, 'empty'));
    expect((await cli('init', 'system', '--lang', 'python', 'empty')).code).toBe(0);
  });

  it('an unknown language is a usage error (exit 2)', async () => {
    const result = await cli('init', 'system', '--lang', 'cobol', 'x');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Expected one of: ts, python');
  });
});
