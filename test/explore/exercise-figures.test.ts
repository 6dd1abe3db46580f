import { beforeAll, describe, expect, it } from 'vitest';
import { POLICY_VALUES, type RuleId } from '../../domain/index.ts';
import { DRAWABLE_POLICIES } from '../../explore/exploration-arbitrary.ts';
import { DEFAULT_EXPLORE_OPTIONS } from '../../explore/explore-options.ts';
import { exerciseFigures, type ExerciseFigures } from '../../explore/exercise-figures.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { CATALOGUE, checkerOf } from '../../rules/index.ts';

/** Explore's default runs, all of them (the figures printed by test/explore/_print-exercise.ts). */
const RUNS = DEFAULT_EXPLORE_OPTIONS.runs;
const FLOOR = 0.02;
const COMPLETED = 0.8;
/** Each value of a policy drawn per run: at least 0.5% of runs judge its rule under that value. */
const PER_VALUE = 0.005;

describe("explore's default runs exercise every rule", () => {
  // About 6 s on an idle core: every default run played twice (INV-5), as explore plays it.
  let figures: ExerciseFigures;
  beforeAll(() => {
    figures = exerciseFigures(createReferenceSystem, DEFAULT_EXPLORE_OPTIONS, RUNS);
  }, 120_000);
  // Every rule of these kinds, from the catalogue: a new rule is held to the floor as soon as it exists.
  const judged = CATALOGUE.filter((rule) => ['MUST', 'REFUSE', 'INVARIANT', 'OPEN'].includes(rule.kind));

  it(`exercises each MUST, REFUSE, INVARIANT and OPEN rule in at least ${100 * FLOOR}% of runs`, () => {
    expect(judged.length).toBeGreaterThanOrEqual(48);
    expect(judged.filter((rule) => checkerOf(rule.id) === undefined).map((rule) => rule.id)).toEqual([]);
    const runsOf = (id: RuleId): number => figures.exercised.get(id) ?? 0;
    const rare = judged
      .filter((rule) => runsOf(rule.id) < FLOOR * RUNS)
      .map((rule) => `${rule.id} in ${runsOf(rule.id)} of ${RUNS} runs`);
    expect(rare).toEqual([]);
  });

  it.each(DRAWABLE_POLICIES)('exercises %s under each of its values, drawn per run', (id) => {
    expect(DEFAULT_EXPLORE_OPTIONS.drawnPolicies).toContain(id);
    for (const value of POLICY_VALUES[id])
      expect(figures.exercisedUnder.get(`${id}=${value}`) ?? 0, `${id}=${value}`).toBeGreaterThanOrEqual(
        PER_VALUE * RUNS,
      );
  });

  it(`gives at least ${100 * COMPLETED}% of accepted moves the clock to complete within their run`, () => {
    expect(figures.acceptedMoves).toBeGreaterThan(0.4 * RUNS);
    expect(figures.completedMoves / figures.acceptedMoves).toBeGreaterThanOrEqual(COMPLETED);
    // …and keeps some runs that stop mid-move (they exercise what only happens while a move runs).
    expect(figures.completedMoves).toBeLessThan(figures.acceptedMoves);
  });
});
