import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './fake-io.ts';

const BIN = join(ROOT, 'bin', 'inbox-move-sim.js');

/** The real executable, from another folder: what a user types. */
function bin(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: tmpdir(),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', DEBUG: '' },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bin/inbox-move-sim.js', () => {
  it('prints help from any folder', () => {
    const { status, stdout } = bin('--help');
    expect(status).toBe(0);
    expect(stdout).toContain('Usage: inbox-move-sim [options] [command]');
  });

  it('exits 2 with one line on a usage error', () => {
    const { status, stdout, stderr } = bin('run', '--policy', 'OPEN-9=x');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('runs one scenario given by an absolute path', () => {
    const { status, stdout } = bin('run', join(ROOT, 'test/cli/fixtures/notifications-off.yaml'));
    expect(status).toBe(0);
    expect(stdout).toContain('cli-notifications-off');
  });
});
