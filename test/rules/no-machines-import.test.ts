import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Any import or re-export (static or dynamic) whose specifier reaches into machines/. */
const MACHINES_IMPORT = /(?:from\s+|import\s*\(\s*|import\s+)['"][^'"]*\bmachines\//;

describe('rules/ is independent of the reference model', () => {
  const files = filesUnder(join(ROOT, 'rules')).filter((file) => file.endsWith('.ts'));

  it('scans a non-trivial number of files', () => expect(files.length).toBeGreaterThan(40));

  it('never imports from machines/', () => {
    const offenders = files.filter((file) => MACHINES_IMPORT.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(ROOT, file))).toEqual([]);
  });

  it('recognises such an import when there is one', () => {
    expect(MACHINES_IMPORT.test("import { x } from '../machines/reference.ts';")).toBe(true);
    expect(MACHINES_IMPORT.test("const m = await import('../../machines/a.ts');")).toBe(true);
    expect(MACHINES_IMPORT.test("import type { World } from '../domain/index.ts';")).toBe(false);
  });
});
