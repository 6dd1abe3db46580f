import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPLORE_OPTIONS } from '../../explore/explore-options.ts';
import { BUILTIN_SUITE_DIR, loadScenarios } from '../../scenarios/index.ts';
import type * as Machines from '../../machines/index.ts';
import type * as Oracle from './oracle.ts';
import { policySweep } from './policy-sweep.ts';

/**
 * The reference and the oracle are loaded as this file loads (Stryker activates a static mutant of
 * machines/, one in a machine definition or a module-level table, only while the test files load),
 * but through a caught dynamic import: a mutant that breaks loading must fail the tests below. A
 * plain import would leave vitest with no test at all, which Stryker counts as survived.
 */
type Loaded = typeof Oracle & typeof Machines;
const loaded: Loaded | Error = await Promise.all([
  import('../../machines/index.ts'),
  import('./oracle.ts'),
]).then(
  ([machines, oracle]) => ({ ...machines, ...oracle }),
  (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
);
const load = (): Loaded => {
  if (loaded instanceof Error) throw loaded;
  return loaded;
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
  it('loads the reference system and the oracle', () => {
    const { createReferenceSystem } = load();
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
    ({ scenario }) => {
      const { judgeScenario, createReferenceSystem } = load();
      const failure = judgeScenario(scenario, createReferenceSystem);
      // The message names the rule and the scenario or run, in full (a diff would truncate it).
      expect(failure, failure?.message).toBeNull();
    },
  );

  it.each(blocks)('explore default runs $from to $to: no rule violated', ({ from, to }) => {
    const { judgeExploreRuns, createReferenceSystem } = load();
    const failure = judgeExploreRuns(createReferenceSystem, from, to);
    // The message names the rule and the scenario or run, in full (a diff would truncate it).
    expect(failure, failure?.message).toBeNull();
  });

  it.each(sweep)('explore runs $from to $to with $label: no rule violated', ({ policies, from, to }) => {
    const { judgeExploreRuns, createReferenceSystem } = load();
    const failure = judgeExploreRuns(createReferenceSystem, from, to, policies);
    expect(failure, failure?.message).toBeNull();
  });
});
