import { describe, expect, it } from 'vitest';
import { PROFILE_IDS, RULE_IDS } from '../../domain/index.ts';
import { CATALOGUE, checkerOf, checkTrace, ruleEntry } from '../../rules/index.ts';
import { world } from '../support/fixtures.ts';
import { MiniSystem } from './support/mini-system.ts';

describe('rule catalogue', () => {
  it('has every rule ID of domain/rule-ids.ts, once, in that order', () => {
    expect(CATALOGUE.map((entry) => entry.id)).toEqual([...RULE_IDS]);
  });

  it('has a checker for every MUST, REFUSE, INVARIANT and OPEN rule, and none for ADVISE', () => {
    for (const entry of CATALOGUE) {
      expect(checkerOf(entry.id) !== undefined, entry.id).toBe(entry.kind !== 'ADVISE');
    }
  });

  it('gives each rule its group, a title, our wording, a source section and known profiles', () => {
    for (const entry of CATALOGUE) {
      expect(entry.id.startsWith(`${entry.group}-`), entry.id).toBe(true);
      expect(entry.title.length).toBeGreaterThan(5);
      expect(entry.wording.length).toBeGreaterThan(20);
      expect(entry.source === 'implied').toBe(entry.kind === 'INVARIANT');
      for (const profile of entry.profiles) expect(PROFILE_IDS).toContain(profile);
      expect(entry.policy !== undefined).toBe(entry.kind === 'OPEN');
    }
  });

  it('scopes rules to the article versions that state them', () => {
    expect(ruleEntry('ELIG-2').profiles).toEqual(['2024-01-29', '2024-04-12']);
    for (const id of ['ELIG-5', 'ELIG-6', 'ELIG-7'] as const)
      expect(ruleEntry(id).profiles).not.toContain('2024-01-29');
    expect(ruleEntry('ELIG-1').profiles).toEqual([...PROFILE_IDS]);
    expect(ruleEntry('HIST-2a').source).toBe('Migration expectations and behaviour');
    expect(() => ruleEntry('NOPE-1' as never)).toThrow(/unknown rule/);
  });

  it('checkTrace gives one verdict per checked rule, in catalogue order, and honours `only`', () => {
    const trace = new MiniSystem(world()).start('email-1').runUntilIdle().trace();
    const all = checkTrace(trace).map((v) => v.ruleId);
    expect(all).toEqual(CATALOGUE.filter((e) => e.kind !== 'ADVISE').map((e) => e.id));
    expect(checkTrace(trace, ['MOVE-6', 'ELIG-1', 'ADV-1']).map((v) => v.ruleId)).toEqual([
      'ELIG-1',
      'MOVE-6',
    ]);
  });
});
