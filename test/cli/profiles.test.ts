import { describe, expect, it } from 'vitest';
import { PROFILE_IDS } from '../../domain/index.ts';
import type { ProfileDiff } from '../../cli/profile-diff.ts';
import { cli } from './fake-io.ts';

describe('profiles', () => {
  it('lists every profile and marks the default', async () => {
    const { code, stdout } = await cli(['profiles', 'list']);
    expect(code).toBe(0);
    for (const id of PROFILE_IDS) expect(stdout).toContain(id);
    expect(stdout).toMatch(/^2024-04-12 \*/m);
  });

  it('lists them with no subcommand too', async () => {
    const { code, stdout } = await cli(['profiles']);
    expect(code).toBe(0);
    expect(stdout).toContain('* default profile');
  });

  it('diffs two profiles: facts, rules and built-in verdicts', async () => {
    const { code, stdout } = await cli(['profiles', 'diff', '2024-01-29', '2024-04-12', '--format', 'json']);
    expect(code).toBe(0);
    const diff = JSON.parse(stdout) as ProfileDiff;
    expect(diff.facts).toContainEqual({ fact: 'allowed tiers (ELIG-1)', a: 'pro', b: 'pro, enterprise' });
    expect(diff.facts.map((fact) => fact.fact)).toContain('movable kinds (ELIG-4)');
    expect(diff.facts.map((fact) => fact.fact)).not.toContain('beta required (ELIG-2)');
    // ELIG-5..7 arrived with the 2024-04-12 article: the lists the loops check are not empty.
    expect(diff.rules.map((change) => change.ruleId)).toEqual(
      expect.arrayContaining(['ELIG-5', 'ELIG-6', 'ELIG-7']),
    );
    for (const change of diff.rules) expect(change.inA).not.toBe(change.inB);
    expect(diff.scenarios.length).toBeGreaterThan(0);
    for (const scenario of diff.scenarios) {
      const changed = scenario.outcome.a !== scenario.outcome.b || scenario.verdicts.length > 0;
      expect(changed).toBe(true);
    }
  });

  it('reports nothing changing between a profile and itself', async () => {
    const { stdout } = await cli(['profiles', 'diff', '2024-09-26', '2024-09-26', '--format', 'json']);
    const diff = JSON.parse(stdout) as ProfileDiff;
    expect(diff).toMatchObject({ facts: [], rules: [], scenarios: [] });
  });

  it('prints the diff as text', async () => {
    const { code, stdout } = await cli(['profiles', 'diff', '2024-04-12', '2024-09-26']);
    expect(code).toBe(0);
    expect(stdout).toContain('beta required (ELIG-2): true → false');
    expect(stdout).toContain('Built-in scenarios whose verdicts change:');
  });
});
