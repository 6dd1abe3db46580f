import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layRuns, overlayRerun, readMutants, readSources, scorecardReports } from './mutant-records.mjs';

interface MutantJson {
  readonly id: string;
  readonly mutatorName: string;
  readonly replacement: string;
  readonly status: string;
  readonly location: { start: { line: number; column: number }; end: { line: number; column: number } };
}

/** A minimal Stryker JSON report of one file. */
function report(
  dir: string,
  name: string,
  files: Record<string, { source: string; mutants: MutantJson[] }>,
): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ files, testFiles: {} }));
  return path;
}

const mutant = (id: string, line: number, from: number, to: number, status: string): MutantJson => ({
  id,
  mutatorName: 'ConditionalExpression',
  replacement: 'true',
  status,
  location: { start: { line, column: from }, end: { line, column: to } },
});

// Line 2 repeats line 1, so its mutant's key is numbered `#2` in a report that holds both.
const SOURCE = 'if (a && b) x();\nif (a && b) x();\n';

describe('overlayRerun', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mutant-records-'));
  const full = report(dir, 'full.json', {
    'm.ts': {
      source: SOURCE,
      // Two mutants start at one place on line 2: `a && b` → true and `a` → true.
      mutants: [
        mutant('1', 1, 5, 11, 'Killed'),
        mutant('2', 2, 5, 11, 'Survived'),
        mutant('3', 2, 5, 6, 'Survived'),
      ],
    },
    'changed.ts': { source: 'old();\n', mutants: [mutant('4', 1, 1, 6, 'Survived')] },
  });
  // The re-run replays line 2 only (its own keys number it first) and the changed file whole.
  const rerun = report(dir, 'rerun.json', {
    'm.ts': { source: SOURCE, mutants: [mutant('a', 2, 5, 11, 'Killed'), mutant('b', 2, 5, 6, 'Survived')] },
    'changed.ts': { source: 'new();\nnew();\n', mutants: [mutant('c', 2, 1, 6, 'Killed')] },
  });
  const records = overlayRerun(readMutants(full), readMutants(rerun), readSources(full), readSources(rerun));

  it('replaces each replayed mutant at its own position and keeps the full run’s key', () => {
    const line2 = records.filter((r) => r.file === 'm.ts' && r.line === 2);
    expect(line2.map((r) => [r.original, r.status])).toEqual([
      ['a && b', 'Killed'],
      ['a', 'Survived'],
    ]);
    const fullKeys = readMutants(full)
      .filter((r) => r.file === 'm.ts' && r.line === 2)
      .map((r) => r.key);
    expect(line2.map((r) => r.key)).toEqual(fullKeys);
    expect(records.find((r) => r.file === 'm.ts' && r.line === 1)?.status).toBe('Killed');
  });

  it('takes a file changed since the full run from the re-run alone', () => {
    expect(records.filter((r) => r.file === 'changed.ts').map((r) => [r.line, r.status])).toEqual([
      [2, 'Killed'],
    ]);
  });
});

describe('layRuns', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mutant-records-'));
  report(dir, 'mutation.json', {
    'm.ts': {
      source: SOURCE,
      mutants: [mutant('1', 1, 5, 11, 'Survived'), mutant('2', 2, 5, 11, 'Survived')],
    },
    'changed.ts': { source: 'old();\n', mutants: [mutant('3', 1, 1, 6, 'Survived')] },
  });
  // The survivors' re-run replays the changed file whole (two mutants, one still undetected)...
  report(dir, 'survivors.json', {
    'm.ts': { source: SOURCE, mutants: [mutant('a', 1, 5, 11, 'Killed')] },
    'changed.ts': {
      source: 'new();\nnew();\n',
      mutants: [mutant('b', 1, 1, 6, 'Killed'), mutant('c', 2, 1, 6, 'Survived')],
    },
  });
  // ... and a later re-run replays only what is still undetected, in the file as the survivors' run saw it.
  report(dir, 'rerun-1.json', {
    'm.ts': { source: SOURCE, mutants: [mutant('d', 2, 5, 11, 'Killed')] },
    'changed.ts': { source: 'new();\nnew();\n', mutants: [mutant('e', 2, 1, 6, 'Killed')] },
  });

  it('lists the full run, the survivors’ re-run, then each later re-run in order', () => {
    expect(scorecardReports(dir)).toEqual([
      `${dir}/mutation.json`,
      `${dir}/survivors.json`,
      `${dir}/rerun-1.json`,
    ]);
  });

  it('lays each re-run over what the earlier ones left, a file replayed whole staying whole', () => {
    const records = layRuns(scorecardReports(dir));
    expect(records.map((r) => [r.file, r.line, r.status])).toEqual([
      ['m.ts', 1, 'Killed'],
      ['m.ts', 2, 'Killed'],
      ['changed.ts', 1, 'Killed'],
      ['changed.ts', 2, 'Killed'],
    ]);
  });
});
