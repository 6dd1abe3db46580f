import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPLORE_OPTIONS } from '../../explore/explore-options.ts';
import { exerciseFigures } from '../../explore/exercise-figures.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { CATALOGUE, CHECKERS } from '../../rules/index.ts';

/** Explore's default runs (seed 42), a 300-run sample: full figures with test/explore/_print-exercise.ts. */
const RUNS = 300;

describe("explore's default runs exercise every rule", () => {
  const figures = exerciseFigures(createReferenceSystem, DEFAULT_EXPLORE_OPTIONS, RUNS);
  const judged = CATALOGUE.filter(
    (rule) => ['MUST', 'REFUSE', 'INVARIANT', 'OPEN'].includes(rule.kind) && CHECKERS[rule.id] !== undefined,
  ).map((rule) => rule.id);

  it('exercises each checked rule in at least 1.5% of runs, the lifecycle rule OPEN-9 in 2%', () => {
    expect(judged.length).toBeGreaterThanOrEqual(43);
    const rare = judged.filter((id) => (figures.exercised.get(id) ?? 0) < 0.015 * RUNS);
    expect(rare).toEqual([]);
    expect(figures.exercised.get('OPEN-9') ?? 0).toBeGreaterThanOrEqual(0.02 * RUNS);
  });

  it('gives most accepted moves the clock to complete within their run', () => {
    expect(figures.acceptedMoves).toBeGreaterThan(0.4 * RUNS);
    expect(figures.completedMoves / figures.acceptedMoves).toBeGreaterThanOrEqual(0.6);
  });
});
