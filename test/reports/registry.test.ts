import { mkdtemp, readdir, readFile, rm, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../domain/errors.ts';
import { writeFileAtomic } from '../../reports/atomic-write.ts';
import { getReporter, REPORTERS, reporterNames, writeReports } from '../../reports/index.ts';
import type { Reporter } from '../../reports/index.ts';
import { CONTEXT, RUN } from './fixtures.ts';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reports-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('getReporter', () => {
  it('finds every registered reporter by its own name', () => {
    expect(reporterNames).toEqual(['console', 'json', 'junit', 'markdown', 'html']);
    for (const name of reporterNames) expect(getReporter(name).name).toBe(name);
  });

  it('refuses an unknown name with an InputError listing the valid ones', () => {
    expect(() => getReporter('pdf')).toThrow(InputError);
    expect(() => getReporter('pdf')).toThrow(
      '--reporter: expected one of console, json, junit, markdown, html, found "pdf"',
    );
  });

  it('gives each format its own file name', () => {
    const files = reporterNames.map((name) => REPORTERS[name].fileName);
    expect(new Set(files).size).toBe(files.length);
  });
});

describe('writeReports', () => {
  it('creates the folder and writes one file per format, without colour', async () => {
    const out = join(dir, 'nested', 'out');
    const written = await writeReports(RUN, [...reporterNames, 'json'], out, { ...CONTEXT, color: true });
    expect(written.map((w) => w.name)).toEqual(reporterNames);
    expect((await readdir(out)).sort()).toEqual([
      'junit.xml',
      'report.html',
      'report.json',
      'report.md',
      'report.txt',
    ]);
    expect(await readFile(join(out, 'report.json'), 'utf8')).toBe(REPORTERS.json.render(RUN, CONTEXT));
    expect(await readFile(join(out, 'report.txt'), 'utf8')).not.toContain('\u001b[');
  });

  it('writes nothing when a name is unknown', async () => {
    await expect(writeReports(RUN, ['json', 'nope'], dir, CONTEXT)).rejects.toThrow(InputError);
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves no file and no temporary file when a render fails', async () => {
    const original = REPORTERS.markdown;
    const failing: Reporter = {
      ...original,
      render: () => {
        throw new Error('render failed');
      },
    };
    (REPORTERS as Record<string, Reporter>).markdown = failing;
    try {
      await expect(writeReports(RUN, ['json', 'markdown'], dir, CONTEXT)).rejects.toThrow('render failed');
    } finally {
      (REPORTERS as Record<string, Reporter>).markdown = original;
    }
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('writeFileAtomic', () => {
  it('replaces an existing file whole', async () => {
    const path = join(dir, 'report.json');
    await writeFile(path, 'old');
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['report.json']);
  });

  it('removes its temporary file when the rename fails', async () => {
    const path = join(dir, 'taken');
    await mkdir(join(path, 'child'), { recursive: true }); // a non-empty folder: rename onto it fails
    await expect(writeFileAtomic(path, 'text')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken']);
  });
});
