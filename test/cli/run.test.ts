import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliWithJsonReport, freshOutDir, readJsonReport } from '../support/json-report.ts';
import { cli, FIXED_NOW } from './fake-io.ts';

const PASSING = 'test/cli/fixtures/notifications-off.yaml';
const FAILING = 'test/cli/fixtures/expectation-fails.yaml';
const BROKEN = 'test/cli/fixtures/broken.yaml';

describe('run', () => {
  it('exits 0 when every rule and expectation holds, with the console report on stdout', async () => {
    const { code, stdout, stderr } = await cli(['run', PASSING]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('cli-notifications-off');
    expect(stdout).toContain('MOVE-7');
  });

  it('exits 1 when an expectation fails', async () => {
    const { code, stdout } = await cli(['run', FAILING]);
    expect(code).toBe(1);
    expect(stdout).toContain('cli-expectation-fails');
  });

  it('exits 1 with MOVE-7 violated for the example plug-in that notifies while notifications are off', async () => {
    const { code, report } = await cliWithJsonReport([
      'run',
      PASSING,
      '--system',
      'examples/plugins/notify-always.ts',
    ]);
    expect(code).toBe(1);
    const run = report();
    const verdicts = run.scenarios.flatMap((scenario) => scenario.verdicts);
    expect(verdicts.find((verdict) => verdict.ruleId === 'MOVE-7')?.status).toBe('violated');
    expect(run.scenarios[0]?.system).toContain('notify-always');
  });

  it('writes every requested file report, recording the command line, the seed and the fixed start', async () => {
    const out = freshOutDir();
    const { code, stdout } = await cli([
      'run',
      PASSING,
      '--reporter',
      'json,junit',
      '--out',
      out,
      '--seed',
      '7',
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(['junit.xml', 'report.json']);
    const run = readJsonReport(out);
    expect(run.seed).toBe(7);
    expect(run.startedAt).toBe(FIXED_NOW.toISOString());
    expect(run.command).toBe(`inbox-move-sim run ${PASSING} --seed 7`);
    expect(run.scenarios[0]?.file).toBe(PASSING);
  });

  it('applies --profile and --policy to every scenario', async () => {
    const { code, report } = await cliWithJsonReport([
      'run',
      PASSING,
      '--profile',
      '2025-05-28',
      '--policy',
      'OPEN-1=unassign',
      '--policy',
      'OPEN-6=off-until-complete',
    ]);
    expect(code).toBe(0);
    const scenario = report().scenarios[0];
    expect(scenario?.profile).toBe('2025-05-28');
    expect(scenario?.policies['OPEN-1']).toBe('unassign');
    expect(scenario?.policies['OPEN-6']).toBe('off-until-complete');
  });

  it('keeps only the rules named by --only', async () => {
    const { code, report } = await cliWithJsonReport(['run', PASSING, '--only', 'MOVE-7,HIST-2c']);
    expect(code).toBe(0);
    const ids = report().scenarios.flatMap((scenario) => scenario.verdicts.map((verdict) => verdict.ruleId));
    expect(new Set(ids)).toEqual(new Set(['MOVE-7', 'HIST-2c']));
  });

  it('--only judges the outcome on the kept rules alone', async () => {
    const plain = [
      'run',
      'test/cli/fixtures/notifications-off-plain.yaml',
      '--system',
      'examples/plugins/notify-always.ts',
    ];
    expect((await cli([...plain, '--only', 'MOVE-7'])).code).toBe(1);
    expect((await cli([...plain, '--only', 'HIST-2c'])).code).toBe(0);
    // A scenario's own expectations always count: notificationsSent 0 fails whatever --only says.
    expect(
      (await cli(['run', PASSING, '--system', 'examples/plugins/notify-always.ts', '--only', 'HIST-2c']))
        .code,
    ).toBe(1);
  });

  it('sweeps a policy, showing each value side by side', async () => {
    const { code, stdout, report } = await cliWithJsonReport(
      ['run', PASSING, '--sweep', 'OPEN-1'],
      ['console', 'json'],
    );
    expect(code).toBe(0);
    expect(stdout).toContain('OPEN-1=keep-owner');
    expect(stdout).toContain('OPEN-1=unassign');
    expect(stdout).toMatch(/cli-notifications-off\s+pass · created 2/);
    const policies = report().scenarios.map((scenario) => scenario.policies['OPEN-1']);
    expect(policies).toEqual(['keep-owner', 'unassign']);
  });

  it('checks a scenario’s expectations only under its own value of the swept policy, and exits 0', async () => {
    const { code, stdout } = await cli([
      'run',
      'scenarios/suite/open-6-off-until-complete.yaml',
      '--sweep',
      'OPEN-6',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'open-6-off-until-complete under OPEN-6=resume: not checked: written for OPEN-6=off-until-complete',
    );
    expect(stdout).toContain('No outcome depends on OPEN-6.');
    expect(stdout).toMatch(/Counts differ in 1 of 1 scenario\(s\): open-6-off-until-complete/);
  });

  it('exits 1 in a sweep when a play violates a rule', async () => {
    const { code, stdout } = await cli([
      'run',
      'scenarios/suite/open-6-off-until-complete.yaml',
      '--sweep',
      'OPEN-6',
      '--system',
      'examples/plugins/notify-always.ts',
    ]);
    expect(code).toBe(1);
    // The value the scenario was written for fails on MOVE-7 (notifications while off).
    expect(stdout).toMatch(/ {2}fail · created \d+/);
  });

  it('exits 2 on a malformed scenario, naming the file, and writes no report', async () => {
    const out = join(freshOutDir(), 'reports');
    const { code, stderr, stdout } = await cli(['run', PASSING, BROKEN, '--reporter', 'json', '--out', out]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: test\/cli\/fixtures\/broken\.yaml: .*targets/);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 when a path does not exist', async () => {
    const { code, stderr } = await cli(['run', 'no/such/scenarios']);
    expect(code).toBe(2);
    expect(stderr).toContain('no/such/scenarios');
  });

  it('colours the console report only on a terminal without NO_COLOR', async () => {
    const ESC = '\u001b[';
    expect((await cli(['run', PASSING])).stdout).not.toContain(ESC);
    expect((await cli(['run', PASSING], { isTTY: { stdout: true, stderr: false } })).stdout).toContain(ESC);
    const noColor = await cli(['run', PASSING], {
      isTTY: { stdout: true, stderr: false },
      env: { NO_COLOR: '1' },
    });
    expect(noColor.stdout).not.toContain(ESC);
  });

  it('runs the built-in suite when no path is given, and when no command is given', async () => {
    const out = freshOutDir();
    const explicit = await cli(['run', '--reporter', 'json', '--out', out]);
    const scenarios = readJsonReport(out).scenarios.length;
    expect(scenarios).toBeGreaterThan(0);
    const implicit = await cli(['--reporter', 'json', '--out', out]);
    expect(implicit.code).toBe(explicit.code);
    expect(readJsonReport(out).scenarios.length).toBe(scenarios);
  });
});

describe('run, around the edges', () => {
  it('shows a progress bar on stderr for a long run on a terminal, and none otherwise', async () => {
    const out = freshOutDir();
    const tty = await cli(['run', '--reporter', 'json', '--out', out], {
      isTTY: { stdout: false, stderr: true },
    });
    expect(tty.stderr).toMatch(/\r.*\d+\/\d+/);
    const pipe = await cli(['run', '--reporter', 'json', '--out', out]);
    expect(pipe.stderr).not.toContain('\r');
    expect(pipe.code).toBe(tty.code);
  });

  it('shows no progress bar for a short run, even on a terminal', async () => {
    const { stderr } = await cli(['run', PASSING], { isTTY: { stdout: false, stderr: true } });
    expect(stderr).toBe('');
  });

  it('exits 2 when --out cannot be a folder', async () => {
    const { code, stderr } = await cli(['run', PASSING, '--reporter', 'json', '--out', `${PASSING}/reports`]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^error: --out: expected a folder the reports can be written to, found test\/cli\/fixtures/,
    );
  });
});
