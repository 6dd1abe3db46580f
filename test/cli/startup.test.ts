// A fast start (bench/STARTUP.md): the bin runs the compiled CLI (dist/, built by `npm ci`'s
// prepare), loads only the command it runs, and registers tsx only for a `.ts` plug-in.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command, Help } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../cli/commands/index.ts';
import { cli, ROOT } from './fake-io.ts';

const BIN = join(ROOT, 'bin', 'inbox-move-sim.js');
const work = mkdtempSync(join(tmpdir(), 'startup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Logs every package and project file the process resolves, one URL a line, on stderr.
const HOOKS = join(work, 'hooks.mjs');
const REGISTER = join(work, 'register.mjs');
writeFileSync(
  HOOKS,
  `export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  process.stderr.write('loaded ' + result.url + '\\n');
  return result;
}\n`,
);
writeFileSync(
  REGISTER,
  `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(HOOKS).href)});\n`,
);

function bin(...args: string[]): { status: number | null; stdout: string; loaded: string[]; notes: string } {
  const result = spawnSync(process.execPath, ['--import', REGISTER, BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', INBOX_MOVE_SIM_SAY_ENTRY: '1' },
  });
  const lines = result.stderr.split('\n');
  return {
    status: result.status,
    stdout: result.stdout,
    loaded: lines.filter((line) => line.startsWith('loaded ')).map((line) => line.slice(7)),
    notes: lines.filter((line) => !line.startsWith('loaded ')).join('\n'),
  };
}

const packagesOf = (urls: readonly string[]): Set<string> =>
  new Set(urls.flatMap((url) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1] ?? []));

beforeAll(() => {
  // The bin runs dist/ only when it is current: build it if a source changed since (as npm ci does).
  if (bin('--version').notes.includes('dist/ is missing or older')) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status, build.stdout + build.stderr).toBe(0);
  }
}, 300_000);

describe('start-up', () => {
  it('--help runs the compiled CLI and loads no command module, no TypeScript loader', () => {
    const { status, stdout, loaded, notes } = bin('--help');
    expect(status).toBe(0);
    expect(notes.trim()).toBe('');
    expect(stdout).toContain('merge-reports [options] <dir>');
    expect(loaded.some((url) => url.includes('/dist/cli/main.js'))).toBe(true);
    expect(loaded.filter((url) => url.includes('/dist/cli/commands/'))).toEqual([
      expect.stringContaining('/dist/cli/commands/index.js'),
    ]);
    expect([...packagesOf(loaded)]).toEqual(['commander']);
  });

  it('a small run loads its command only, and neither tsx, fast-check nor faker', () => {
    const { status, stdout, loaded } = bin('run', 'test/cli/fixtures/notifications-off.yaml');
    expect(status).toBe(0);
    expect(stdout).toContain('cli-notifications-off');
    expect(loaded.some((url) => url.endsWith('/dist/cli/commands/run.js'))).toBe(true);
    expect(loaded.some((url) => url.endsWith('/dist/cli/commands/explore.js'))).toBe(false);
    const packages = packagesOf(loaded);
    expect(packages.has('xstate')).toBe(true);
    for (const heavy of ['tsx', 'fast-check', '@faker-js/faker', 'esbuild'])
      expect(packages.has(heavy), heavy).toBe(false);
  });

  it('a .ts plug-in still loads from the compiled CLI (tsx registered for it)', () => {
    const { status, stdout, loaded } = bin(
      'run',
      'test/cli/fixtures/notifications-off.yaml',
      '--system',
      'examples/plugins/notify-always.ts',
    );
    expect(stdout).toContain('cli-notifications-off');
    expect(status === 0 || status === 1).toBe(true);
    expect(packagesOf(loaded).has('tsx')).toBe(true);
  });

  it('the top-level help lists each command as commander would once it is loaded', async () => {
    expect(COMMANDS.length).toBeGreaterThan(5);
    for (const entry of COMMANDS) {
      const program = new Command('x');
      const command = await entry.load();
      command.register(program, { io: {} as never, argv: [], setExitCode: () => undefined });
      const loaded = program.commands.find((c) => c.name() === entry.name);
      expect(loaded, entry.name).toBeDefined();
      if (loaded === undefined) continue;
      expect(new Help().subcommandTerm(loaded), entry.name).toBe(entry.term);
      expect(loaded.description(), entry.name).toBe(entry.summary);
    }
    const { stdout } = await cli(['help', 'merge-reports']);
    expect(stdout).toContain('Usage: inbox-move-sim merge-reports [options] <dir>');
  });
});
