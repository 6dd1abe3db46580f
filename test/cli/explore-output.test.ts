import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './fake-io.ts';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'ims-explore-'));

describe('explore output', () => {
  it('shows per-rule exercised counts in the console instead of an empty scenario table', async () => {
    const { code, stdout } = await cli(['explore', '--runs', '5', '--no-coverage', '--no-save']);
    expect(code).toBe(0);
    expect(stdout).not.toContain('No scenarios were run');
    expect(stdout).toMatch(/Rules exercised \(\d+ of \d+/);
    expect(stdout).toMatch(/^ {2}MOVE-1 .* +[1-5] {2}·$/m);
  });

  it('stops cleanly on Ctrl-C, keeping and reporting the runs played so far', async () => {
    const out = tmp();
    const { code, stdout, stderr } = await cli(
      [
        'explore',
        '--runs',
        '100000',
        '--no-coverage',
        '--no-save',
        '--reporter',
        'console',
        'json',
        '--out',
        out,
      ],
      {
        // The interrupt arrives while runs are being played (as SIGINT would, through realIO).
        onInterrupt(handler) {
          const timer = setTimeout(handler, 300);
          return () => clearTimeout(timer);
        },
      },
    );
    expect(code).toBe(0);
    expect(stderr).toContain('explore: interrupted');
    expect(stdout).toContain('(interrupted: the runs played so far)');
    const json = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
      explore: { runs: number; interrupted: boolean };
    };
    expect(json.explore.interrupted).toBe(true);
    expect(json.explore.runs).toBeGreaterThan(0);
    expect(json.explore.runs).toBeLessThan(100000);
  });

  it('saves a plug-in’s counterexamples under out/counterexamples, not the built-in corpus', async () => {
    const cwd = tmp();
    const system = join(ROOT, 'mutants/banner-left-up.ts');
    const { code, stderr } = await cli(
      ['explore', '--system', system, '--no-coverage', '--reporter', 'json'],
      {
        cwd,
      },
    );
    expect(code).toBe(1);
    const saved = readdirSync(join(cwd, 'out/counterexamples'));
    expect(saved.length).toBeGreaterThan(0);
    expect(stderr).toContain('replay out/counterexamples/');
    expect(existsSync(join(cwd, 'scenarios'))).toBe(false);
  });
});

describe('replay reports stale files at the end', () => {
  it('checks every file, then exits 2 naming each stale one', async () => {
    const dir = tmp();
    const good = readdirSync(join(ROOT, 'scenarios/corpus')).find((f) => f.startsWith('banner-left-up'));
    expect(good).toBeDefined();
    copyFileSync(join(ROOT, 'scenarios/corpus', good ?? ''), join(dir, good ?? ''));
    const text = readFileSync(join(dir, good ?? ''), 'utf8');
    writeFileSync(
      join(dir, 'a-gone-system.yaml'),
      text.replace(/system: mutants\/banner-left-up\.ts/, 'system: mutants/no-longer-here.ts'),
    );
    writeFileSync(join(dir, 'b-broken.yaml'), 'id: [unclosed\n');
    const { code, stderr } = await cli(['replay', dir, '--reporter', 'json', '--out', tmp()]);
    expect(stderr).toContain('1 of 1 counterexamples as expected');
    expect(stderr).toContain('2 stale file(s)');
    expect(stderr).toMatch(/stale: .*a-gone-system\.yaml/);
    expect(stderr).toMatch(/stale: .*b-broken\.yaml/);
    expect(code).toBe(2);
  });
});
