import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../domain/index.ts';
import type { RuleRow } from '../../cli/commands/rules.ts';
import { KNOWN_BAD } from '../../mutants/index.ts';
import { cli } from './fake-io.ts';

async function rows(...args: string[]): Promise<RuleRow[]> {
  const { code, stdout } = await cli(['rules', ...args, '--format', 'json']);
  expect(code).toBe(0);
  return JSON.parse(stdout) as RuleRow[];
}

describe('rules', () => {
  it('lists every rule of the catalogue in a table', async () => {
    const { code, stdout } = await cli(['rules']);
    expect(code).toBe(0);
    for (const id of RULE_IDS) expect(stdout).toMatch(new RegExp(`^${id}\\s`, 'm'));
    expect(stdout).toContain(`${RULE_IDS.length} rule(s)`);
  });

  it('says where each rule is checked, by its checker file', async () => {
    const move7 = (await rows()).find((row) => row.id === 'ELIG-3');
    expect(move7?.checkedIn).toContain('rules/checkers/elig-3.ts');
  });

  it('says where a rule judged elsewhere is dealt with: an ADVISE rule by its pre-flight file', async () => {
    const adv1 = (await rows()).find((row) => row.id === 'ADV-1');
    expect(adv1?.checkedIn).toEqual(['rules/preflight/adv-1.ts']);
  });

  it('names the known-bad systems (mutants) each rule must catch, every one beside its intended rule', async () => {
    const all = await rows();
    expect(all.find((row) => row.id === 'MOVE-3')?.mutants).toContain('mutants/banner-left-up.ts');
    for (const bad of KNOWN_BAD) {
      expect(all.filter((row) => row.mutants.includes(bad.file)).map((row) => row.id)).toEqual([
        bad.intended,
      ]);
    }
    const { stdout } = await cli(['rules', '--group', 'MOVE']);
    expect(stdout).toMatch(/^MOVE-3\s.*\sbanner-left-up/m);
  });

  it('names the built-in scenarios that target a rule', async () => {
    const all = await rows();
    const targeted = all.filter((row) => row.scenarios.length > 0);
    expect(targeted.length).toBeGreaterThan(0);
    for (const row of targeted) for (const id of row.scenarios) expect(id).toMatch(/^[\w.-]+$/);
  });

  it('filters by group and kind', async () => {
    const move = await rows('--group', 'MOVE');
    expect(move.map((row) => row.id)).toEqual([
      'MOVE-1',
      'MOVE-2',
      'MOVE-3',
      'MOVE-4',
      'MOVE-5',
      'MOVE-6',
      'MOVE-7',
    ]);
    const refusals = await rows('--kind', 'REFUSE');
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.every((row) => row.kind === 'REFUSE')).toBe(true);
  });

  it('filters by profile: the earliest version does not know the beta-free rules', async () => {
    const seed = await rows('--profile', '2024-04-12');
    const later = await rows('--profile', '2025-03-14');
    expect(seed.map((row) => row.id)).toContain('ELIG-2');
    expect(later.map((row) => row.id)).not.toContain('ELIG-2');
    expect(later.every((row) => row.profiles.includes('2025-03-14'))).toBe(true);
  });

  it('exits 2 on an unknown group, listing the groups', async () => {
    const { code, stderr } = await cli(['rules', '--group', 'FOO']);
    expect(code).toBe(2);
    expect(stderr).toContain('Expected one of: ELIG, ADV, MOVE, SET, NEW, HIST, INV, OPEN.');
  });
});
