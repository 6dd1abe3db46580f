import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POLICY_VALUES } from '../../domain/index.ts';
import { DRAWABLE_POLICIES, explorationArbitrary } from '../../explore/exploration-arbitrary.ts';
import { DEFAULT_EXPLORE_OPTIONS, exploreOptions, runSystemOptions } from '../../explore/explore-options.ts';
import { replayCommand } from '../../explore/replay-command.ts';
import { runSeed } from '../../explore/seeding.ts';

const drawnScenarios = (options = DEFAULT_EXPLORE_OPTIONS, runs = 200) => {
  const arbitrary = explorationArbitrary(options.constraints, options.focus, options.drawnPolicies);
  return Array.from({ length: runs }, (_, k) => {
    const [scenario] = fc.sample(arbitrary, { seed: runSeed(options.seed, k), numRuns: 1 });
    if (scenario === undefined) throw new Error(`run ${k} drew nothing`);
    return scenario;
  });
};

describe('policies drawn per run', () => {
  const values = (options = DEFAULT_EXPLORE_OPTIONS) =>
    drawnScenarios(options).map((scenario) => scenario.policies ?? {});

  it.each(DRAWABLE_POLICIES)('plays both values of %s in the default runs', (id) => {
    expect(DEFAULT_EXPLORE_OPTIONS.drawnPolicies).toContain(id);
    const seen = new Set(values().map((policies) => policies[id]));
    expect([...seen].sort()).toEqual([...POLICY_VALUES[id]].sort());
  });

  it('draws no value for a policy fixed with --policy', () => {
    const options = exploreOptions({ policies: { 'OPEN-8': 'at-create-date' } });
    expect(options.drawnPolicies).toEqual(['OPEN-9']);
    expect(values(options).every((policies) => policies['OPEN-8'] === undefined)).toBe(true);
  });

  it('plays each run under the values it drew, over the options', () => {
    const [scenario] = drawnScenarios(DEFAULT_EXPLORE_OPTIONS, 1);
    if (scenario === undefined) throw new Error('no run');
    const played = runSystemOptions(DEFAULT_EXPLORE_OPTIONS, scenario).policies;
    expect(played).toEqual({ ...DEFAULT_EXPLORE_OPTIONS.systemOptions.policies, ...scenario.policies });
    expect(Object.keys(scenario.policies ?? {}).sort()).toEqual([...DRAWABLE_POLICIES].sort());
  });

  it('names a fixed drawable policy in the replay command even at its default value', () => {
    const fixed = exploreOptions({ policies: { 'OPEN-9': 'at-processing' } });
    expect(replayCommand(fixed, 7, '0:1')).toContain('--policy OPEN-9=at-processing');
    expect(replayCommand(DEFAULT_EXPLORE_OPTIONS, 7, '0:1')).not.toContain('--policy');
  });
});
