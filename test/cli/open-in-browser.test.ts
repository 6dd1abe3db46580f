import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openInBrowser, planOpen } from '../../cli/open-in-browser.ts';
import { cli, fakeIO } from './fake-io.ts';

describe('--open', () => {
  const has = (): boolean => true;
  it('never opens in CI or without a display or opener, saying why', () => {
    expect(planOpen('r.html', { CI: 'true', DISPLAY: ':0' }, 'linux', has)).toEqual({
      open: false,
      why: 'CI is set',
    });
    expect(planOpen('r.html', { CI: '1' }, 'darwin', has).open).toBe(false);
    const why = (plan: ReturnType<typeof planOpen>): string => (plan.open ? 'opened' : plan.why);
    expect(why(planOpen('r.html', {}, 'linux', has))).toMatch(/no display/);
    expect(why(planOpen('r.html', { DISPLAY: ':0' }, 'linux', () => false))).toMatch(/xdg-open/);
  });

  it('uses the platform opener otherwise', () => {
    expect(planOpen('r.html', { DISPLAY: ':0' }, 'linux', has)).toEqual({
      open: true,
      command: 'xdg-open',
      args: ['r.html'],
    });
    expect(planOpen('r.html', { CI: 'false' }, 'darwin', has)).toEqual({
      open: true,
      command: 'open',
      args: ['r.html'],
    });
    expect(planOpen('r.html', {}, 'win32', has)).toEqual({
      open: true,
      command: 'explorer.exe',
      args: ['r.html'],
    });
  });

  it('writes a one-line note instead of failing', () => {
    const io = fakeIO({ env: { CI: 'true' } });
    openInBrowser('r.html', io, 'linux');
    expect(io.err).toEqual(['not opened in a browser: CI is set\n']);
    expect(io.out).toEqual([]);
  });

  it('run --open: the report is written, the note replaces the browser, the exit code is the run’s', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'open-'));
    try {
      const args = ['run', 'scenarios/suite/elig-1-tier.yaml', '--out', dir, '--open'];
      const html = await cli([...args, '--reporter', 'html'], { env: { CI: '1' } });
      expect(html.code).toBe(0);
      expect(html.stderr).toContain('html report written to');
      expect(html.stderr).toContain('not opened in a browser: CI is set');
      const none = await cli([...args, '--reporter', 'json'], { env: { CI: '1' } });
      expect(none.code).toBe(0);
      expect(none.stderr).toContain('not opened in a browser: --open needs --reporter html');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
