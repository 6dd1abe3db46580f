import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/fake-io.ts';

const BAD = 'mutants/channel-left-in-inbox.ts';

describe('inbox-move-sim explore and replay', () => {
  it('prints the same report for the same seed', async () => {
    const args = ['explore', '--runs', '15', '--seed', '7', '--no-save', '--reporter', 'console'];
    const first = await cli(args);
    const second = await cli(args);
    expect(first.code).toBe(second.code);
    expect(first.stdout).toBe(second.stdout);
    expect(first.stdout).toContain('Explore: 15 runs, seed 7');
  });

  it('exits 1 on a known-bad system, saves the counterexample and prints how to replay it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'explore-'));
    const found = await cli(['explore', '--system', BAD, '--save', dir]);
    expect(found.code).toBe(1);
    expect(found.stderr).toMatch(/replay MOVE-6: inbox-move-sim explore --seed \d+ --path [\d:]+ --system/);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    const replay = await cli(['replay', join(dir, files[0] ?? '')]);
    expect(replay.code).toBe(0);
    expect(replay.stderr).toContain('1 of 1 counterexamples as expected');
    const seed = /--seed (\d+) --path ([\d:]+)/.exec(found.stderr);
    const again = await cli([
      'explore',
      '--seed',
      seed?.[1] ?? '',
      '--path',
      seed?.[2] ?? '',
      '--system',
      BAD,
      '--no-save',
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('replay MOVE-6');
  });

  it('finds a saved violation not reproduced on a fixed system', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'explore-'));
    await cli(['explore', '--system', BAD, '--save', dir, '--no-coverage']);
    const onReference = await cli(['replay', dir, '--system', 'reference']);
    expect(onReference.code).toBe(1);
    const fixed = await cli(['replay', dir, '--system', 'reference', '--mode', 'fixed']);
    expect(fixed.code).toBe(0);
  });

  it('refuses a bad shard with exit code 2', async () => {
    const result = await cli(['explore', '--shard', '3/2']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('i/n');
  });
});
