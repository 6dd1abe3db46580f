import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isRuleId, RULE_IDS } from '../../domain/index.ts';
import { byRule, RULE_CHECKERS } from '../../rules/checker-registry.ts';
import { defineChecker } from '../../rules/define-checker.ts';
import type { RuleChecker } from '../../rules/define-checker.ts';
import { CATALOGUE, CHECKERS, checkerOf, JUDGED_ELSEWHERE, judgedIn } from '../../rules/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CHECKERS_DIR = join(ROOT, 'rules', 'checkers');

/** `hist-2a` → `hist2a`: the name a checker file exports its checker under. */
const exportName = (stem: string): string => stem.replace(/-(\w)/g, (_, letter: string) => letter);

const files = readdirSync(CHECKERS_DIR).filter((name) => name.endsWith('.ts'));

function isRuleChecker(value: unknown): value is RuleChecker {
  if (typeof value !== 'object' || value === null) return false;
  const { id, check } = value as { id?: unknown; check?: unknown };
  return typeof id === 'string' && isRuleId(id) && typeof check === 'function';
}

describe('the checker registry and the files of rules/checkers/', () => {
  it('finds the checker files', () => expect(files.length).toBeGreaterThan(40));

  it.each(files)(
    '%s exports one checker, for the rule its name says, and the registry lists it',
    async (file) => {
      const stem = file.slice(0, -'.ts'.length);
      const exported = (await import(pathToFileURL(join(CHECKERS_DIR, file)).href)) as Record<
        string,
        unknown
      >;
      expect(Object.keys(exported), 'one export, named after the file').toEqual([exportName(stem)]);
      const checker = exported[exportName(stem)];
      if (!isRuleChecker(checker)) throw new Error(`${file} does not export { id, check } for a rule ID`);
      expect(checker.id.toLowerCase(), 'the file is named after its rule ID in lower case').toBe(stem);
      expect(RULE_CHECKERS, 'listed in RULE_CHECKERS (rules/checker-registry.ts)').toContain(checker);
      expect(checkerOf(checker.id)).toBe(checker.check);
      expect(judgedIn(checker.id)).toBe(`rules/checkers/${file}`);
    },
  );

  it('lists each checker once, and only checkers of files in rules/checkers/', () => {
    const ids = RULE_CHECKERS.map((checker) => checker.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(existsSync(join(ROOT, judgedIn(id))), judgedIn(id)).toBe(true);
    expect(Object.keys(CHECKERS).sort()).toEqual([...ids].sort());
  });

  it('covers every rule: by a checker, or judged elsewhere (the ADVISE rules) in an existing file', () => {
    const elsewhere = Object.keys(JUDGED_ELSEWHERE);
    expect(elsewhere).toEqual(CATALOGUE.filter((rule) => rule.kind === 'ADVISE').map((rule) => rule.id));
    for (const id of RULE_IDS) {
      expect(checkerOf(id) === undefined, id).toBe(elsewhere.includes(id));
      expect(existsSync(join(ROOT, judgedIn(id))), judgedIn(id)).toBe(true);
    }
    for (const { reason } of Object.values(JUDGED_ELSEWHERE)) expect(reason.length).toBeGreaterThan(20);
  });
});

// What the types of the registry refuse, as `npx tsc --noEmit` (npm run typecheck) checks it: each
// `@ts-expect-error` below fails the typecheck the day the list it marks compiles. At run time the
// lists are what the types would let through, to show the checks are not vacuous.
describe('the compile-time checks of the registry', () => {
  it('refuses a list that leaves out a rule', () => {
    const [, ...withoutElig1] = RULE_CHECKERS;
    // @ts-expect-error ELIG-1 has no checker
    expect(Object.keys(byRule(withoutElig1))).not.toContain('ELIG-1');
  });

  it('refuses a list with two checkers for one rule', () => {
    const twice = [
      ...RULE_CHECKERS,
      defineChecker('MOVE-7', () => ({ ruleId: 'MOVE-7', status: 'pass', evidence: '' })),
    ] as const;
    // @ts-expect-error MOVE-7 has two checkers
    expect(Object.keys(byRule(twice))).toHaveLength(RULE_CHECKERS.length);
  });

  it('refuses a checker for a rule judged elsewhere', () => {
    const advice = defineChecker('ADV-1', () => ({ ruleId: 'ADV-1', status: 'pass', evidence: '' }));
    // @ts-expect-error ADV-1 is judged by pre-flight advice, not by a checker
    expect(Object.keys(byRule([...RULE_CHECKERS, advice] as const))).toContain('ADV-1');
  });

  it('refuses a checker for an ID that is not a rule', () => {
    // @ts-expect-error NOPE-1 is not a rule ID
    const unknown = defineChecker('NOPE-1', () => ({ ruleId: 'ELIG-1', status: 'pass', evidence: '' }));
    expect(unknown.id).toBe('NOPE-1');
  });
});
