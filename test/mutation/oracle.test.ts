import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPLORE_OPTIONS } from '../../explore/explore-options.ts';
import { BUILTIN_SUITE_DIR, loadScenarios } from '../../scenarios/index.ts';
import { policySweep } from './policy-sweep.ts';

/**
 * The reference and the oracle are loaded inside the tests, never at the top of this file: a
 * mutant of machines/ that breaks loading (a machine definition emptied, a lifecycle table that
 * throws) must fail tests. Loaded at the top, it would leave vitest with no test at all, and
 * Stryker would count the mutant as survived.
 */
const load = async () => {
  const [{ createReferenceSystem }, oracle] = await Promise.all([
    import('../../machines/index.ts'),
    import('./oracle.ts'),
  ]);
  return { createReferenceSystem, ...oracle };
};

/*
 * The only test of the mutation run (vitest.mutation.config.ts, docs/MUTATION.md): the built-in
 * suite and explore's default runs against the reference system, failing only on a rule verdict
 * (or a crash). Each scenario and each block of runs is its own test, so Stryker's per-test
 * coverage plays only the tests that reach a mutant, and the cheap scenarios come first.
 */

/** Explore's default runs, split in blocks so a mutant reached by few of them costs little. */
const BLOCK = 100;
const RUNS = DEFAULT_EXPLORE_OPTIONS.runs;
const blocks = Array.from({ length: Math.ceil(RUNS / BLOCK) }, (_, i) => ({
  from: i * BLOCK,
  to: Math.min(RUNS, (i + 1) * BLOCK),
}));

/**
 * Runs per non-default answer of an open question that explore does not draw per run: a few
 * hundred each keeps the whole oracle well under 15 s on a quiet machine (docs/MUTATION.md).
 */
const SWEEP_RUNS = 200;
const sweep = policySweep().flatMap(({ id, value, policies }) =>
  Array.from({ length: Math.ceil(SWEEP_RUNS / BLOCK) }, (_, i) => ({
    label: `${id}=${value}`,
    policies,
    from: i * BLOCK,
    to: Math.min(SWEEP_RUNS, (i + 1) * BLOCK),
  })),
);

// BUILTIN_SUITE_DIR is resolved from the scenarios module itself, so it names the sandbox's copy.
const scenarios = loadScenarios([BUILTIN_SUITE_DIR]);

describe('the oracle on the reference system', () => {
  it('loads the reference system and the oracle', async () => {
    const { createReferenceSystem } = await load();
    expect(typeof createReferenceSystem).toBe('function');
  });

  it('has a built-in suite and default runs to play', () => {
    expect(scenarios.length).toBeGreaterThan(0);
    expect(blocks.at(-1)?.to).toBe(RUNS);
    // OPEN-1..7 each have one other answer; OPEN-8 and OPEN-9 are drawn per run already.
    expect(new Set(sweep.map((b) => b.label)).size).toBe(7);
  });

  it.each(scenarios.map((s) => ({ id: s.ref.id, scenario: s })))(
    'scenario $id: no rule violated',
    async ({ scenario }) => {
      const { judgeScenario, createReferenceSystem } = await load();
      const failure = judgeScenario(scenario, createReferenceSystem);
      // The message names the rule and the scenario or run, in full (a diff would truncate it).
      expect(failure, failure?.message).toBeNull();
    },
  );

  it.each(blocks)('explore default runs $from to $to: no rule violated', async ({ from, to }) => {
    const { judgeExploreRuns, createReferenceSystem } = await load();
    const failure = judgeExploreRuns(createReferenceSystem, from, to);
    // The message names the rule and the scenario or run, in full (a diff would truncate it).
    expect(failure, failure?.message).toBeNull();
  });

  it.each(sweep)(
    'explore runs $from to $to with $label: no rule violated',
    async ({ policies, from, to }) => {
      const { judgeExploreRuns, createReferenceSystem } = await load();
      const failure = judgeExploreRuns(createReferenceSystem, from, to, policies);
      expect(failure, failure?.message).toBeNull();
    },
  );
});
