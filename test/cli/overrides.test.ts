import { describe, expect, it } from 'vitest';
import { cliWithJsonReport } from '../support/json-report.ts';
import { cli } from './fake-io.ts';

// Written for OPEN-2=moves: its expectations (old conversations move) fail under OPEN-2=stays.
const OPEN_2_MOVES = 'scenarios/suite/open-2-moves.yaml';

describe('--policy / --profile / --sweep against a scenario’s own expectations', () => {
  it('plays a scenario as written: its expectations are checked', async () => {
    const { code, report } = await cliWithJsonReport(['run', OPEN_2_MOVES]);
    expect(code).toBe(0);
    const [scenario] = report().scenarios;
    expect(scenario?.expectations.length).toBeGreaterThan(0);
    expect(scenario?.expectationsNotChecked).toBeNull();
  });

  it('under another policy value: expectations not checked (named), rule verdicts still judged, exit 0', async () => {
    const { code, stdout, report } = await cliWithJsonReport(
      ['run', OPEN_2_MOVES, '--policy', 'OPEN-2=stays'],
      ['console', 'json'],
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/\d+ expectations? not checked: written for OPEN-2=moves/);
    const [scenario] = report().scenarios;
    expect(scenario?.expectations).toEqual([]);
    expect(scenario?.expectationsNotChecked?.writtenFor).toBe('OPEN-2=moves');
    expect(scenario?.verdicts.filter((v) => v.status === 'pass').length).toBeGreaterThan(0);
  });

  it('names the profile when --profile differs from the scenario’s own', async () => {
    const { code, stdout } = await cli(['run', OPEN_2_MOVES, '--profile', '2025-03-14']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/not checked: written for profile 2024-04-12/);
  });

  it('still fails on a rule verdict under an override (a plug-in that notifies while off)', async () => {
    const { code, stdout } = await cli([
      'run',
      'test/cli/fixtures/notifications-off.yaml',
      '--policy',
      'OPEN-1=unassign',
      '--system',
      'examples/plugins/notify-always.ts',
    ]);
    expect(stdout).toContain('not checked: written for OPEN-1=');
    expect(stdout).toMatch(/✗ MOVE-7 /);
    expect(code).toBe(1);
  });

  it('--sweep checks expectations only under the scenario’s own value, and exits 0 on the reference', async () => {
    const { code, stdout } = await cli(['run', OPEN_2_MOVES, '--sweep', 'OPEN-2']);
    expect(stdout).toContain('open-2-moves under OPEN-2=stays: not checked: written for OPEN-2=moves');
    expect(stdout).not.toContain('open-2-moves under OPEN-2=moves: not checked');
    expect(code).toBe(0);
  });
});
