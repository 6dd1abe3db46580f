import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// One convention for what is internal (citty's): a folder's `index.ts` barrel is its public API, and
// a file whose name starts with `_` is internal to its folder. It is imported only from that folder
// or its subfolders (tests included: a test of an internal goes through the barrel, or the file is
// not internal), and no barrel re-exports it. So a `_` file can be changed or split knowing every
// caller is beside it, and the prefix means the same thing in every folder.

const ROOT = join(import.meta.dirname, '..');
/** Build output, dependencies and tooling: not the project's own source. */
const NOT_SOURCE = new Set(['node_modules', 'dist', 'out', 'coverage', 'docs']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith('.') || NOT_SOURCE.has(name)) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.[cm]?[jt]s$/.test(name) ? [path] : [];
  });
}

/** Repository-relative path with `/` separators. */
const repoPath = (path: string): string => relative(ROOT, path).split(sep).join('/');

/** Relative specifiers of every static import, re-export and dynamic `import()` of a file. */
const SPECIFIER = /(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]*)['"]/g;
/** `export … from '…'` statements: what a barrel re-exports directly. */
const RE_EXPORT = /export\s+(?:type\s+)?(?:\*(?:\s+as\s+\w+)?|\{[^}]*\})\s*from\s+['"](\.{1,2}\/[^'"]*)['"]/g;
/** `import { a, type B as C } from '…'`: the names a file binds from a module. */
const NAMED_IMPORT = /import\s+(?:type\s+)?\{([^}]*)\}\s*from\s+['"](\.{1,2}\/[^'"]*)['"]/g;
/** `export { a, b as c };` without `from`: a barrel re-exporting names it imported. */
const LOCAL_EXPORT = /export\s+(?:type\s+)?\{([^}]*)\}\s*(?!\s*from)[;\n]/g;

const isInternal = (path: string): boolean => basename(path).startsWith('_');

/** The local names a `{ … }` import or export list binds (`a as b` binds `b`). */
function boundNames(list: string): string[] {
  return list
    .split(',')
    .map((part) => part.replace(/^\s*type\s+/, '').trim())
    .filter((part) => part !== '')
    .map((part) => part.split(/\s+as\s+/)[1] ?? part.split(/\s+as\s+/)[0] ?? part);
}
/** The names an `export { … }` list exports from local bindings (`a as b` exports local `a`). */
function exportedLocals(list: string): string[] {
  return list
    .split(',')
    .map((part) => part.replace(/^\s*type\s+/, '').trim())
    .filter((part) => part !== '')
    .map((part) => part.split(/\s+as\s+/)[0] ?? part);
}

interface Source {
  readonly path: string;
  readonly text: string;
}

/** Files importing an internal (`_`) file from outside that file's folder: `importer imports target`. */
function importsFromOutside(sources: readonly Source[]): string[] {
  return sources.flatMap(({ path, text }) =>
    [...text.matchAll(SPECIFIER)]
      .map((match) => repoPath(resolve(ROOT, dirname(path), match[1] ?? '')))
      .filter((target) => isInternal(target))
      .filter((target) => {
        const folder = dirname(target);
        const from = dirname(path);
        return !(from === folder || from.startsWith(`${folder}/`) || folder === '.');
      })
      .map((target) => `${path} imports ${target}`),
  );
}

/** Barrels (`index.ts`) re-exporting an internal file, directly or by exporting what they imported. */
function barrelsExportingInternals(sources: readonly Source[]): string[] {
  return sources
    .filter(({ path }) => basename(path) === 'index.ts')
    .flatMap(({ path, text }) => {
      const target = (specifier: string): string => repoPath(resolve(ROOT, dirname(path), specifier));
      const direct = [...text.matchAll(RE_EXPORT)]
        .map((match) => target(match[1] ?? ''))
        .filter(isInternal)
        .map((file) => `${path} re-exports ${file}`);
      const fromInternal = new Map<string, string>();
      for (const match of text.matchAll(NAMED_IMPORT)) {
        const file = target(match[2] ?? '');
        if (isInternal(file)) for (const name of boundNames(match[1] ?? '')) fromInternal.set(name, file);
      }
      const indirect = [...text.matchAll(LOCAL_EXPORT)].flatMap((match) =>
        exportedLocals(match[1] ?? '').flatMap((name) => {
          const file = fromInternal.get(name);
          return file === undefined ? [] : [`${path} re-exports ${file} (${name})`];
        }),
      );
      return [...direct, ...indirect];
    });
}

// This file's own fixtures spell out forbidden imports, so it is left out of the scan.
const SOURCES: Source[] = filesUnder(ROOT)
  .filter((file) => repoPath(file) !== 'test/internals.test.ts')
  .map((file) => ({
    path: repoPath(file),
    text: readFileSync(file, 'utf8'),
  }));

describe('internal files (`_` prefix)', () => {
  it('scans the source folders, tests included', () => {
    const folders = new Set(SOURCES.map(({ path }) => path.split('/')[0]));
    for (const folder of ['domain', 'harness', 'rules', 'reports', 'explore', 'cli', 'test']) {
      expect(folders).toContain(folder);
    }
    expect(SOURCES.some(({ path }) => path.startsWith('node_modules/') || path.startsWith('dist/'))).toBe(
      false,
    );
  });

  it('are imported only from their own folder and its subfolders', () => {
    expect(importsFromOutside(SOURCES)).toEqual([]);
  });

  it('are never re-exported by a barrel', () => {
    expect(barrelsExportingInternals(SOURCES)).toEqual([]);
  });

  it('recognises an internal file imported from outside, and allows its folder and subfolders', () => {
    const sources: Source[] = [
      { path: 'a/user.ts', text: "import { x } from '../b/_x.ts';" },
      { path: 'test/b/x.test.ts', text: "const m = await import('../../b/_x.ts');" },
      { path: 'b/sibling.ts', text: "import type { X } from './_x.ts';" },
      { path: 'b/sub/deep.ts', text: "export { x } from '../_x.ts';" },
      { path: 'test/b/y.test.ts', text: "import { h } from './_helper.ts';" },
      { path: 'test/c.test.ts', text: "import { h } from './b/_helper.ts';" },
    ];
    expect(importsFromOutside(sources)).toEqual([
      'a/user.ts imports b/_x.ts',
      'test/b/x.test.ts imports b/_x.ts',
      'test/c.test.ts imports test/b/_helper.ts',
    ]);
  });

  it('recognises a barrel re-exporting an internal file, directly or through an import', () => {
    const sources: Source[] = [
      { path: 'b/index.ts', text: "export { x, type X } from './_x.ts';\nexport * from './public.ts';" },
      { path: 'c/index.ts', text: "import { y as z } from './_y.ts';\nexport { z as y };\n" },
      { path: 'd/index.ts', text: "import { w } from './_w.ts';\nexport const v = w + 1;\n" },
    ];
    expect(barrelsExportingInternals(sources)).toEqual([
      'b/index.ts re-exports b/_x.ts',
      'c/index.ts re-exports c/_y.ts (z)',
    ]);
  });
});
