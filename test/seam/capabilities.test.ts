import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICIES } from '../../domain/index.ts';
import { exploreOptions } from '../../explore/explore-options.ts';
import { withinCapabilities } from '../../explore/exploration-run.ts';
import { cli } from '../cli/fake-io.ts';
import { cliWithJsonReport } from '../support/json-report.ts';

const DEFAULTS_ONLY = 'test/seam/fixtures/article-defaults.ts';
const PINNED = [
  'open-1-unassign',
  'open-2-moves',
  'open-5-most-recent-moves',
  'open-6-off-until-complete',
  'open-7-processing-time',
];

/** Capabilities: scenarios pinned to values a system does not implement are not applicable, not failures. */
describe('a system declaring the policies it implements', () => {
  it('run: the five scenarios pinned to other OPEN values are "not applicable to this system"; the run passes', async () => {
    const paths = [...PINNED, 'hist-2-new-tickets'].map((id) => `scenarios/suite/${id}.yaml`);
    const { code, stdout, out, report } = await cliWithJsonReport(
      ['run', ...paths, '--system', DEFAULTS_ONLY],
      ['console', 'json', 'junit', 'markdown'],
    );
    expect(code).toBe(0);
    expect(stdout).toContain('PASS 6 scenarios: 1 passed, 0 failed, 5 not applicable to this system');
    expect(stdout).toContain('not applicable to this system: the system does not implement OPEN-1=unassign');
    const json = report();
    const notApplicable = json.scenarios.filter((s) => s.outcome === 'not-applicable').map((s) => s.id);
    expect(notApplicable.sort()).toEqual([...PINNED].sort());
    expect(json.scenarios.find((s) => s.id === 'open-2-moves')?.notApplicable?.reason).toBe(
      'the system does not implement OPEN-2=moves',
    );
    const junit = readFileSync(join(out, 'junit.xml'), 'utf8');
    expect(junit).toContain(
      '<skipped message="not applicable to this system: the system does not implement OPEN-7=processing-time"/>',
    );
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain(
      '5 scenarios not applicable to this system',
    );
  });

  it.each([
    [
      ['--policy', 'OPEN-1=unassign'],
      '--policy OPEN-1=unassign: system test/seam/fixtures/article-defaults.ts does not implement it (capabilities.policies.OPEN-1: keep-owner)',
    ],
    [
      ['--sweep', 'OPEN-6'],
      '--sweep OPEN-6: system test/seam/fixtures/article-defaults.ts does not implement OPEN-6=off-until-complete',
    ],
    [
      ['--profile', '2024-01-29'],
      '--profile 2024-01-29: system test/seam/fixtures/article-defaults.ts does not implement it (capabilities.profiles: 2024-04-12, 2025-05-28)',
    ],
  ])('asking it for what it cannot do is a usage error (exit 2): %j', async (args, message) => {
    const { code, stdout, stderr } = await cli([
      'run',
      'scenarios/suite/hist-2-new-tickets.yaml',
      '--system',
      DEFAULTS_ONLY,
      ...args,
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it('explore draws only what the system implements', () => {
    const asked = exploreOptions({ drawnPolicies: ['OPEN-8', 'OPEN-9'], profile: '2024-01-29' });
    const fitted = withinCapabilities(asked, {
      policies: { 'OPEN-1': ['unassign'], 'OPEN-8': ['at-create-date'] },
      profiles: ['2025-05-28'],
    });
    expect(fitted.drawnPolicies).toEqual(['OPEN-9']);
    expect(fitted.systemOptions.policies).toEqual({
      ...DEFAULT_POLICIES,
      'OPEN-1': 'unassign',
      'OPEN-8': 'at-create-date',
    });
    expect(fitted.systemOptions.profile).toBe('2025-05-28');
    expect(withinCapabilities(asked, {})).toBe(asked);
  });
});
