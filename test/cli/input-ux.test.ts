import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProgress, SHOWN_ALWAYS_BYTES, SHOWN_ON_TTY_BYTES } from '../../cli/load-progress.ts';
import { loadScenarioFile, type LoadStage } from '../../scenarios/index.ts';
import { cli, fakeIO } from './fake-io.ts';

const PASSING = 'test/cli/fixtures/notifications-off.yaml';
const tmp = (): string => mkdtempSync(join(tmpdir(), 'ims-input-'));

describe('--out is checked before anything runs', () => {
  it('exits 2 naming --out when it cannot be a folder, with nothing on stdout', async () => {
    const { code, stdout, stderr } = await cli([
      'run',
      PASSING,
      '--reporter',
      'console',
      'json',
      '--out',
      'package.json/reports',
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^error: --out: expected a folder the reports can be written to, found package\.json\/reports/,
    );
  });

  it('does not check --out when only the console is asked for', async () => {
    const { code } = await cli(['run', PASSING, '--out', 'package.json/reports']);
    expect(code).toBe(0);
  });
});

describe('every error of a scenario file at once', () => {
  it('lists each error with file, line and field path, and the count', async () => {
    const file = join(tmp(), 'many-errors.yaml');
    writeFileSync(
      file,
      [
        'id: many-errors',
        'title: Three mistakes',
        'targets: [MOVE-7]',
        'colour: blue',
        'channels:',
        '  - { id: e1, kind: email, flavour: mint }',
        'conversations:',
        '  - { id: c1, channel: e1, messages: lots }',
        '',
      ].join('\n'),
    );
    const { code, stderr } = await cli(['run', file]);
    expect(code).toBe(2);
    const lines = stderr.trimEnd().split('\n');
    const errors = lines.filter((line) => line.includes('many-errors.yaml: line '));
    expect(errors.length).toBeGreaterThanOrEqual(3);
    expect(errors.some((line) => /line 4, colour/.test(line))).toBe(true);
    expect(errors.some((line) => /line 6, channels\[0\]/.test(line))).toBe(true);
    expect(errors.some((line) => /line 8, conversations\[0\]\.messages/.test(line))).toBe(true);
    expect(lines.at(-1)).toMatch(/\d+ errors in .*many-errors\.yaml$/);
  });
});

describe('progress while a big scenario file loads', () => {
  const stages: LoadStage[] = ['read', 'parse', 'validate', 'compile', 'done'];

  it('reports each stage of loading a file, in order', () => {
    const seen: LoadStage[] = [];
    loadScenarioFile(join(process.cwd(), PASSING), (_file, stage) => seen.push(stage));
    expect(seen).toEqual(stages);
  });

  it('writes a line per stage on stderr for a big file, nothing for a small one', () => {
    const play = (isTTY: boolean, bytes: number): string => {
      const io = fakeIO({ isTTY: { stdout: false, stderr: isTTY } });
      const onStage = loadProgress(io);
      for (const stage of stages) onStage('/x/big.yaml', stage, bytes);
      return io.err.join('');
    };
    expect(play(false, SHOWN_ON_TTY_BYTES)).toBe('');
    expect(play(true, SHOWN_ON_TTY_BYTES - 1)).toBe('');
    const piped = play(false, SHOWN_ALWAYS_BYTES);
    expect(piped.split('\n').filter((line) => line !== '')).toHaveLength(stages.length);
    expect(piped).toContain('(10.0 MB): compiling the world and script');
    expect(play(true, SHOWN_ON_TTY_BYTES)).toContain('\r');
  });
});
