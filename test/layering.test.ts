import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// Which top-level folder may import which. The harness engine (harness/) plays and judges and knows
// no file format, so the scenario format, explore, bench and the CLI depend on it, never the reverse;
// and the folders' import graph has no cycle, so each folder can be read (and tested) from the
// bottom up. rules/ apart from machines/ has its own test (test/rules/no-machines-import.test.ts).

const ROOT = join(import.meta.dirname, '..');
/** Not source folders: tests, build output, tooling. */
const NOT_SOURCE = new Set(['test', 'node_modules', 'dist', 'out', 'coverage', 'docs']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Relative specifiers of every static import, re-export and dynamic `import()` of a file. */
const SPECIFIER = /(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]*)['"]/g;

/** The repository-relative paths a file imports (outside node_modules). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(SPECIFIER)].map((match) =>
    relative(ROOT, resolve(dirname(file), match[1] ?? ''))
      .split(sep)
      .join('/'),
  );
}

const SOURCE_FOLDERS = readdirSync(ROOT).filter(
  (name) =>
    !name.startsWith('.') &&
    !NOT_SOURCE.has(name) &&
    statSync(join(ROOT, name)).isDirectory() &&
    filesUnder(join(ROOT, name)).length > 0,
);

/** folder → the other source folders its files import. */
const GRAPH = new Map(
  SOURCE_FOLDERS.map((folder) => {
    const targets = new Set(
      filesUnder(join(ROOT, folder))
        .flatMap(importsOf)
        .map((path) => path.split('/')[0] ?? '')
        .filter((top) => top !== folder && SOURCE_FOLDERS.includes(top)),
    );
    return [folder, targets] as const;
  }),
);

/** A cycle of folders (`a → b → a`), or null. */
function findCycle(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] | null {
  const done = new Set<string>();
  const visit = (node: string, path: readonly string[]): string[] | null => {
    if (path.includes(node)) return [...path.slice(path.indexOf(node)), node];
    if (done.has(node)) return null;
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next, [...path, node]);
      if (cycle !== null) return cycle;
    }
    done.add(node);
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node, []);
    if (cycle !== null) return cycle;
  }
  return null;
}

/** Files of `folder` that import a path outside `allowed` (repository-relative prefixes). */
function offenders(folder: string, allowed: readonly string[]): string[] {
  return filesUnder(join(ROOT, folder)).flatMap((file) =>
    importsOf(file)
      .filter((path) => !allowed.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)))
      .map((path) => `${relative(ROOT, file)} imports ${path}`),
  );
}

describe('layering', () => {
  it('finds the source folders and their imports', () => {
    expect(SOURCE_FOLDERS).toEqual(
      expect.arrayContaining(['domain', 'harness', 'scenarios', 'explore', 'cli']),
    );
    expect(GRAPH.get('scenarios')).toContain('harness');
  });

  it('harness/ imports only domain/, rules/, the report text (reports/text/) and itself', () => {
    expect(offenders('harness', ['harness', 'domain', 'rules', 'reports/text', 'package.json'])).toEqual([]);
  });

  it('the report text (reports/text/) imports only domain/', () => {
    expect(offenders('reports/text', ['reports/text', 'domain'])).toEqual([]);
  });

  it('the folders import each other without a cycle', () => {
    expect(findCycle(GRAPH)).toBeNull();
  });

  it('recognises a cycle when there is one', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(findCycle(graph)).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', new Set(['b'])]]))).toBeNull();
  });
});
