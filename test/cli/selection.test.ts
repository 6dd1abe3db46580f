import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './fake-io.ts';

const PASSING = 'test/cli/fixtures/notifications-off.yaml';
const FAILING = 'test/cli/fixtures/expectation-fails.yaml';

describe('selections are never empty by accident', () => {
  it('exits 2 naming a folder without any scenario', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'ims-empty-'));
    const { code, stdout, stderr } = await cli(['run', empty]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no scenario');
    expect(stderr).toContain(empty.split('/').at(-1));
  });

  it('--grep keeps scenarios whose id or title contains the text, in any case', async () => {
    const { code, stdout } = await cli(['run', PASSING, FAILING, '--grep', 'NOTIFICATIONS OFF']);
    expect(code).toBe(0);
    expect(stdout).toContain('cli-notifications-off');
    expect(stdout).not.toContain('cli-expectation-fails');
  });

  it('--grep or --rule matching nothing is exit 2, not a green run', async () => {
    const grep = await cli(['run', PASSING, '--grep', 'no-such-scenario']);
    expect(grep.code).toBe(2);
    expect(grep.stderr).toContain('--grep "no-such-scenario"');
    const rule = await cli(['run', PASSING, '--rule', 'ELIG-1']);
    expect(rule.code).toBe(2);
    expect(rule.stderr).toContain('--rule ELIG-1');
  });

  it('--rule runs only the scenarios targeting those rules', async () => {
    const { stdout } = await cli(['run', 'scenarios/suite', '--rule', 'HIST-8', '--quiet']);
    expect(stdout).toMatch(/^PASS \d+ scenarios?:/m);
    const { stdout: full } = await cli(['run', 'scenarios/suite', '--rule', 'HIST-8']);
    const ids = [...full.matchAll(/^ {2}✓ pass {2}(\S+)/gm)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/hist-8/);
  });

  it('--only trims the rule table to those rules', async () => {
    const { stdout } = await cli(['run', PASSING, '--only', 'MOVE-7,HIST-2c']);
    const rows = [...stdout.matchAll(/^ {2}([A-Z]+-\w+) +(MUST|REFUSE|ADVISE|INVARIANT|OPEN) /gm)].map(
      (m) => m[1],
    );
    expect(rows).toEqual(['MOVE-7', 'HIST-2c'].filter((id) => rows.includes(id)));
    expect(rows.length).toBe(2);
  });

  it('--bail stops after the first failing scenario', async () => {
    const all = await cli(['run', FAILING, PASSING]);
    expect(all.stdout).toMatch(/2 scenarios/);
    const bailed = await cli(['run', FAILING, PASSING, '--bail']);
    expect(bailed.code).toBe(1);
    expect(bailed.stdout).toMatch(/FAIL 1 scenario:/);
    expect(bailed.stdout).not.toContain('cli-notifications-off');
  });

  it('--quiet prints only the failures and the summary line', async () => {
    const { code, stdout } = await cli(['run', FAILING, PASSING, '--quiet']);
    expect(code).toBe(1);
    expect(stdout).not.toContain('Scenarios\n');
    expect(stdout).not.toContain('cli-notifications-off');
    expect(stdout).toContain('Failures (');
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^FAIL \d+ scenarios/);
  });
});
