import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS, isRuleId } from '../../domain/index.ts';
import { BUILTIN_SUITE_DIR } from '../../scenarios/index.ts';
import type { KillMatrix } from './kill-matrix.ts';
import { computeKillMatrix } from './kill-matrix.ts';
import { KNOWN_BAD } from '../../mutants/index.ts';
import { KILL_MATRIX_PATH, REGENERATE, renderKillMatrix } from './render-kill-matrix.ts';

/** The files of mutants/ that are not known-bad systems. */
const INFRASTRUCTURE = ['index.ts', 'wrap-reference.ts'];

let matrix: KillMatrix;
// Every known-bad system through the whole suite, twice each (INV-5): well over a minute on a busy machine.
beforeAll(() => {
  matrix = computeKillMatrix();
}, 300_000);

describe('the known-bad registry', () => {
  it('registers every known-bad module of the folder, with unique names and files, each breaking a known rule', () => {
    // Derived from the folder, not a floor: a module written but not registered (or registered
    // twice) fails here. Helpers start with `_`; the rest of the infrastructure is named.
    const modules = readdirSync(new URL('../../mutants/', import.meta.url))
      .filter((file) => file.endsWith('.ts') && !file.startsWith('_') && !file.endsWith('.test.ts'))
      .filter((file) => !INFRASTRUCTURE.includes(file))
      .map((file) => `mutants/${file}`);
    expect(modules.length).toBeGreaterThan(0);
    expect(KNOWN_BAD.map((s) => s.file).sort()).toEqual(modules.sort());
    expect(new Set(KNOWN_BAD.map((s) => s.name)).size).toBe(KNOWN_BAD.length);
    expect(new Set(KNOWN_BAD.map((s) => s.file)).size).toBe(KNOWN_BAD.length);
    for (const system of KNOWN_BAD) {
      expect(system.name).toMatch(/^bad:[a-z0-9-]+$/);
      expect(isRuleId(system.intended)).toBe(true);
      expect(existsSync(new URL(`../../${system.file}`, import.meta.url))).toBe(true);
    }
  });

  it('loads every file as a plug-in whose default export is the registered factory', async () => {
    for (const system of KNOWN_BAD) {
      const loaded = (await import(new URL(`../../${system.file}`, import.meta.url).href)) as {
        default: unknown;
      };
      expect(loaded.default, system.file).toBe(system.factory);
    }
  });
});

describe('the kill matrix of the built-in suite', () => {
  it('judges the reference system violating no rule and failing no expectation in any scenario', () => {
    expect([...matrix.reference.violated.entries()]).toEqual([]);
    expect(matrix.reference.failedExpectations).toEqual([]);
    expect(matrix.scenarios).toBe(readdirSync(BUILTIN_SUITE_DIR).filter((f) => f.endsWith('.yaml')).length);
    expect(matrix.scenarios).toBeGreaterThan(0);
  });

  for (const system of KNOWN_BAD) {
    it(`catches ${system.name}: ${system.intended} violated in at least one scenario`, () => {
      const row = matrix.rows.find((r) => r.name === system.name);
      const fired = row === undefined ? [] : [...row.violated.keys()];
      expect(fired, `rules that fired for ${system.name}`).toContain(system.intended);
      expect(fired.every((id) => RULE_IDS.includes(id))).toBe(true);
    });
  }

  it(`is committed up to date in docs/KILL-MATRIX.md (regenerate with: ${REGENERATE})`, () => {
    const committed = existsSync(KILL_MATRIX_PATH) ? readFileSync(KILL_MATRIX_PATH, 'utf8') : '(missing)';
    expect(committed, `docs/KILL-MATRIX.md is out of date; run: ${REGENERATE}`).toBe(
      renderKillMatrix(matrix),
    );
  });
});
