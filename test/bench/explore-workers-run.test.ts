import { describe, expect, it } from 'vitest';
import { measureExploreWorkers } from '../../bench/explore-workers-run.ts';

describe('bench: explore on one thread against --workers 2', () => {
  it('plays the same runs both ways and times each', async () => {
    const figures = await measureExploreWorkers(40);
    expect(figures.runs).toBe(40);
    expect(figures.oneWorkerMs).toBeGreaterThan(0);
    // Two workers start two threads that load the code: never free.
    expect(figures.twoWorkersMs).toBeGreaterThan(0);
  }, 60_000);
});
