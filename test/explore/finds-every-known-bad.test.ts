import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPLORE_OPTIONS, explore, exploreOptions } from '../../explore/index.ts';
import { KNOWN_BAD } from '../../mutants/index.ts';

/*
 * The promise of `explore`: from its DEFAULT settings (seed, runs, focus), every known-bad system is
 * caught breaking the rule it was built to break. No system is special-cased: if one stops being
 * caught, the focus (explore/exploration-arbitrary.ts) or the default run count must change.
 */
describe('explore from its default settings', () => {
  it('uses the documented defaults', () => {
    expect(DEFAULT_EXPLORE_OPTIONS).toMatchObject({ seed: 42, runs: 1_000, focus: 'moves', maxFailures: 1 });
  });

  it.each(KNOWN_BAD)(
    'finds $file breaking $intended',
    (bad) => {
      const options = exploreOptions({ system: bad.file, maxFailures: 1 });
      const records = explore(bad.factory, options);
      const failing = records.find((record) => record.failure !== null);
      expect(failing, `${bad.name} not caught in ${options.runs} runs`).toBeDefined();
      expect(failing?.failure?.violated).toContain(bad.intended);
      expect(records.length).toBeLessThanOrEqual(options.runs);
    },
    // Shrinking a large counterexample can take 10–40 s on a loaded 2-core machine; a guard against a hang, not a speed target.
    60_000,
  );
});
