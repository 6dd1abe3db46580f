import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/fake-io.ts';
import { exploreSaving } from './_explore-saving.ts';

/** explore on a plug-in that throws: a shrunk, saved counterexample of a system failure (exit 1, never 3). */
describe('explore on a system that throws', () => {
  it('finds, shrinks and saves the failure, and says how to replay it', async () => {
    const { code, stderr, save, saved } = await exploreSaving('test/seam/fixtures/throws-on-start.ts', 20);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /system failure: system "throws-on-start" threw at step 1 \(start-move\) in execute\(\): database connection lost/,
    );
    expect(stderr).toMatch(
      /replay: inbox-move-sim explore --seed \d+ --path \S+ --system test\/seam\/fixtures\/throws-on-start\.ts/,
    );
    const [file, ...more] = saved;
    expect(more).toEqual([]);
    const text = readFileSync(join(save, file ?? ''), 'utf8');
    expect(text).toMatch(/systemFailure: '?system "throws-on-start" threw at step 1 \(start-move\)/);
    // Shrunk: the failing start-move is the first command, and nothing after it is needed.
    expect(text).toMatch(/script:\n {4}- type: start-move\n/);

    const replayed = await cli([
      'replay',
      join(save, file ?? ''),
      '--system',
      'test/seam/fixtures/throws-on-start.ts',
    ]);
    expect(replayed.code).toBe(0);
    expect(replayed.stdout).toContain('✓ pass  throws-on-start-system-failure-s');
    const fixed = await cli(['replay', join(save, file ?? ''), '--system', 'reference', '--mode', 'fixed']);
    expect(fixed.code).toBe(0);
    const stillCaught = await cli(['replay', join(save, file ?? ''), '--system', 'reference']);
    expect(stillCaught.code).toBe(1);
    expect(stillCaught.stdout).toContain('actual    every command answered');
  });
});
