import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPLORE_OPTIONS } from '../../explore/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { BUILTIN_SUITE_DIR, loadScenarios } from '../../scenarios/index.ts';
import { judgeExploreRuns, judgeScenario } from './oracle.ts';

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

// BUILTIN_SUITE_DIR is resolved from the scenarios module itself, so it names the sandbox's copy.
const scenarios = loadScenarios([BUILTIN_SUITE_DIR]);

describe('the oracle on the reference system', () => {
  it('has a built-in suite and default runs to play', () => {
    expect(scenarios.length).toBeGreaterThan(0);
    expect(blocks.at(-1)?.to).toBe(RUNS);
  });

  it.each(scenarios.map((s) => ({ id: s.ref.id, scenario: s })))(
    'scenario $id: no rule violated',
    ({ scenario }) => {
      const failure = judgeScenario(scenario, createReferenceSystem);
      // The message names the rule and the scenario or run, in full (a diff would truncate it).
      expect(failure, failure?.message).toBeNull();
    },
  );

  it.each(blocks)('explore default runs $from to $to: no rule violated', ({ from, to }) => {
    const failure = judgeExploreRuns(createReferenceSystem, from, to);
    // The message names the rule and the scenario or run, in full (a diff would truncate it).
    expect(failure, failure?.message).toBeNull();
  });
});
