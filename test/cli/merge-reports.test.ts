// Sharded runs merge into exactly the reports of the unsharded run (vitest's --merge-reports and
// Playwright's merge-reports are the conventions): `--shard i/n --reporter blob` on each shard,
// then `merge-reports <dir>`; every report is compared byte for byte (the clock is pinned).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unshardedCommand } from '../../cli/merge-runs.ts';
import { cli } from './fake-io.ts';

const work = mkdtempSync(join(tmpdir(), 'merge-reports-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FILES = ['json', 'junit', 'markdown', 'html'];

/** Runs `args` unsharded and as `shards` blobs merged; returns both outputs per report file. */
async function unshardedAndMerged(name: string, args: readonly string[], shards: number, reporters = FILES) {
  const full = join(work, name, 'full');
  const blobs = join(work, name, 'blobs');
  const merged = join(work, name, 'merged');
  const unsharded = await cli([...args, '--reporter', 'console', ...reporters, '--out', full]);
  for (let i = 1; i <= shards; i += 1) {
    const shard = await cli([...args, '--shard', `${i}/${shards}`, '--reporter', 'blob', '--out', blobs]);
    expect(shard.stderr).toContain(`blob-${i}-of-${shards}.json`);
  }
  const merge = await cli(['merge-reports', blobs, '--reporter', 'console', ...reporters, '--out', merged]);
  const files = readdirSync(full).sort();
  expect(files.length).toBe(reporters.length);
  expect(readdirSync(merged).sort()).toEqual(files);
  return {
    unsharded,
    merge,
    files,
    read: (dir: 'full' | 'merged', file: string) => readFileSync(join(work, name, dir, file), 'utf8'),
  };
}

describe('merge-reports', () => {
  it('run: n shards of a scenario selection merge into the unsharded reports, byte for byte', async () => {
    const scenarios = [
      'scenarios/suite/elig-1-tier.yaml',
      'scenarios/suite/elig-2-beta.yaml',
      'scenarios/suite/elig-3-super-admin.yaml',
      'scenarios/suite/hist-8-form-then-email.yaml',
      'test/cli/fixtures/notifications-off.yaml',
    ];
    const { unsharded, merge, files, read } = await unshardedAndMerged('run', ['run', ...scenarios], 3);
    expect(unsharded.code).toBe(0);
    expect(merge.code).toBe(unsharded.code);
    expect(merge.stdout).toBe(unsharded.stdout);
    expect(unsharded.stdout).toContain('elig-3-super-admin');
    for (const file of files) expect(read('merged', file), file).toBe(read('full', file));
  });

  it('explore: shards of a failing exploration merge into the unsharded reports and exit code', async () => {
    const args = [
      'explore',
      '--runs',
      '8',
      '--system',
      'mutants/banner-left-up.ts',
      '--max-failures',
      '2',
      '--no-save',
      '--no-coverage',
    ];
    const { unsharded, merge, files, read } = await unshardedAndMerged('explore', args, 2, [
      'json',
      'markdown',
    ]);
    expect(unsharded.code).toBe(1);
    expect(merge.code).toBe(1);
    expect(merge.stdout).toBe(unsharded.stdout);
    expect(unsharded.stdout).toContain('Counterexample of run 2');
    for (const file of files) expect(read('merged', file), file).toBe(read('full', file));
  });

  it('refuses an incomplete set of shards (exit 2, naming what is missing)', async () => {
    const blobs = join(work, 'partial');
    await cli([
      'run',
      'scenarios/suite/elig-1-tier.yaml',
      '--shard',
      '1/2',
      '--reporter',
      'blob',
      '--out',
      blobs,
    ]);
    const merge = await cli(['merge-reports', blobs]);
    expect(merge.code).toBe(2);
    expect(merge.stderr).toMatch(/expected shards 1, 2 of 2, once each, found 1/);
    const empty = await cli(['merge-reports', join(work, 'no-such-dir')]);
    expect(empty.code).toBe(2);
  });

  it('records the unsharded command line', () => {
    expect(unshardedCommand('inbox-move-sim run a.yaml --shard 2/3 --seed 4')).toBe(
      'inbox-move-sim run a.yaml --seed 4',
    );
    expect(unshardedCommand('inbox-move-sim explore --shard=1/2')).toBe('inbox-move-sim explore');
  });
});
