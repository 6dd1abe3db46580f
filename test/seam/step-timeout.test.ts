import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/fake-io.ts';
import { exploreSaving } from './_explore-saving.ts';

const HANGS = 'test/seam/fixtures/hangs-on-start.ts';
const SCENARIO = 'scenarios/suite/hist-2-new-tickets.yaml';

/** A hung async system fails the step after --step-timeout, in run and in explore; nothing hangs. */
describe('--step-timeout', () => {
  it('run: the step that never answers fails, naming the system, the step and the timeout', async () => {
    const started = performance.now();
    const { code, stdout, stderr } = await cli(['run', SCENARIO, '--system', HANGS, '--step-timeout', '200']);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain(
      'system "hangs-on-start" did not answer at step 1 (start-move) in execute(): no answer within 200 ms (--step-timeout)',
    );
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('explore: a counterexample saved with the system failure, not a hang and not exit 3', async () => {
    const { code, stderr, saved } = await exploreSaving(HANGS, 5, ['--step-timeout', '100']);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /system failure: system "hangs-on-start" did not answer at step \d+ \(start-move\)/,
    );
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatch(/^hangs-on-start-system-failure-s\d+\.yaml$/);
  });

  it('is a usage error when not a positive whole number of milliseconds', async () => {
    const { code, stderr } = await cli(['run', SCENARIO, '--step-timeout', '0']);
    expect(code).toBe(2);
    expect(stderr).toContain('Expected a whole number of milliseconds (1 or more).');
  });
});
