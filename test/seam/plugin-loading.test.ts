import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/fake-io.ts';

const BIN = join(ROOT, 'bin', 'inbox-move-sim.js');
const SCENARIO = join(ROOT, 'scenarios/suite/hist-2-new-tickets.yaml');
const REFERENCE = join(ROOT, 'machines', 'index.ts');

/** A folder outside the project (no package.json around it), as a user's own plug-in lives. */
const dir = mkdtempSync(join(tmpdir(), 'inbox-move-sim-plugin-'));

function bin(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', DEBUG: '' },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function plugin(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** Plug-ins anywhere on disk load through the installed bin: .ts (even without imports), .mts, .js. */
describe('loading a plug-in from outside the project, through bin/inbox-move-sim.js', () => {
  it('a .ts plug-in with type annotations and an import of the reference', () => {
    const file = plugin(
      'wrapped.ts',
      `import { createReferenceSystem } from ${JSON.stringify(REFERENCE)};
type Args = Parameters<typeof createReferenceSystem>;
export default (...args: Args) => ({ ...createReferenceSystem(...args), name: 'wrapped' });
`,
    );
    const { status, stdout, stderr } = bin('run', SCENARIO, '--system', file);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('PASS 1 scenario: 1 passed');
  });

  it('a .ts plug-in with no import at all (once "Cannot require() ES Module … in a cycle")', () => {
    const file = plugin(
      'bare.ts',
      `const f = (world: { clock: number }) => ({
  name: 'bare',
  execute: () => ({ status: 'invalid' as const, reason: 'not implemented' }),
  world: () => world,
  observe: () => ({ at: world.clock, banner: null, notificationsOn: true, move: null, channelLocations: {} }),
  events: () => [],
});
export default f;
`,
    );
    const { status, stdout, stderr } = bin('run', SCENARIO, '--system', file);
    expect(stderr).toBe('');
    expect(status).toBe(1); // it loads and plays; it just does not implement the move
    expect(stdout).toContain('FAIL 1 scenario');
  });

  it('an async .mts plug-in and a plain .js one', () => {
    const body = `export default async (world) => ({
  name: 'async-bare',
  execute: async () => ({ status: 'invalid', reason: 'not implemented' }),
  world: async () => world,
  observe: async () => ({ at: world.clock, banner: null, notificationsOn: true, move: null, channelLocations: {} }),
  events: async () => [],
});
`;
    for (const name of ['async.mts', 'plain.mjs']) {
      const { status, stderr } = bin('run', SCENARIO, '--system', plugin(name, body));
      expect(stderr, name).toBe('');
      expect(status, name).toBe(1);
    }
  });

  it('a syntax error names the file, line and column (exit 2)', () => {
    const file = plugin('broken.ts', 'export default (: number) => 1;\n');
    const { status, stderr } = bin('run', SCENARIO, '--system', file);
    expect(status).toBe(2);
    expect(stderr).toContain(`found a module that fails to load (${file}:1:16: ERROR: Unexpected ":")`);
  });
});
