import type { RuleId } from '../domain/index.ts';
import { elig1 } from './checkers/elig-1.ts';
import { elig2 } from './checkers/elig-2.ts';
import { elig3 } from './checkers/elig-3.ts';
import { elig4 } from './checkers/elig-4.ts';
import { elig5 } from './checkers/elig-5.ts';
import { elig6 } from './checkers/elig-6.ts';
import { elig7 } from './checkers/elig-7.ts';
import { elig8 } from './checkers/elig-8.ts';
import { move1 } from './checkers/move-1.ts';
import { move2 } from './checkers/move-2.ts';
import { move3 } from './checkers/move-3.ts';
import { move4 } from './checkers/move-4.ts';
import { move5 } from './checkers/move-5.ts';
import { move6 } from './checkers/move-6.ts';
import { move7 } from './checkers/move-7.ts';
import { set1 } from './checkers/set-1.ts';
import { new1 } from './checkers/new-1.ts';
import { new2 } from './checkers/new-2.ts';
import { hist0 } from './checkers/hist-0.ts';
import { hist1 } from './checkers/hist-1.ts';
import { hist2 } from './checkers/hist-2.ts';
import { hist2a } from './checkers/hist-2a.ts';
import { hist2b } from './checkers/hist-2b.ts';
import { hist2c } from './checkers/hist-2c.ts';
import { hist3 } from './checkers/hist-3.ts';
import { hist4 } from './checkers/hist-4.ts';
import { hist5 } from './checkers/hist-5.ts';
import { hist6 } from './checkers/hist-6.ts';
import { hist7 } from './checkers/hist-7.ts';
import { hist8 } from './checkers/hist-8.ts';
import { hist9 } from './checkers/hist-9.ts';
import { inv1 } from './checkers/inv-1.ts';
import { inv2 } from './checkers/inv-2.ts';
import { inv3 } from './checkers/inv-3.ts';
import { inv4 } from './checkers/inv-4.ts';
import { inv5 } from './checkers/inv-5.ts';
import { inv6 } from './checkers/inv-6.ts';
import { inv7 } from './checkers/inv-7.ts';
import { inv8 } from './checkers/inv-8.ts';
import { open1 } from './checkers/open-1.ts';
import { open2 } from './checkers/open-2.ts';
import { open3 } from './checkers/open-3.ts';
import { open4 } from './checkers/open-4.ts';
import { open5 } from './checkers/open-5.ts';
import { open6 } from './checkers/open-6.ts';
import { open7 } from './checkers/open-7.ts';
import { open8 } from './checkers/open-8.ts';
import { open9 } from './checkers/open-9.ts';
import type { Checker, RuleChecker } from './define-checker.ts';
import type { CheckedRuleId, JudgedElsewhereId } from './judged-elsewhere.ts';
import { JUDGED_ELSEWHERE, isJudgedElsewhere } from './judged-elsewhere.ts';

/**
 * Every checker of `rules/checkers/`, in catalogue order. The one list to extend with a new rule's
 * checker: `byRule` below turns a rule left out, a rule listed twice or a rule judged elsewhere into a
 * compile error, and test/rules/checker-registry.test.ts a checker file left out of this list.
 */
// prettier-ignore
export const RULE_CHECKERS = [
  elig1, elig2, elig3, elig4, elig5, elig6, elig7, elig8,
  move1, move2, move3, move4, move5, move6, move7,
  set1,
  new1, new2,
  hist0, hist1, hist2, hist2a, hist2b, hist2c, hist3, hist4, hist5, hist6, hist7, hist8, hist9,
  inv1, inv2, inv3, inv4, inv5, inv6, inv7, inv8,
  open1, open2, open3, open4, open5, open6, open7, open8, open9,
] as const;

type IdsOf<List extends readonly RuleChecker[]> = List[number]['id'];

/** The IDs listed more than once (tail-recursive, so the list can grow past TypeScript's nesting limit). */
type Repeated<List, Seen extends RuleId = never, Twice extends RuleId = never> = List extends readonly [
  infer Head extends RuleChecker,
  ...infer Tail,
]
  ? Repeated<Tail, Seen | Head['id'], Twice | (Head['id'] extends Seen ? Head['id'] : never)>
  : Twice;

// Each is `unknown` (no constraint) when the list is right, else a property naming the offending rule
// IDs: the list lacks that property, so the call below fails to compile with the IDs in the message.
type EveryRuleChecked<List extends readonly RuleChecker[]> = [Exclude<CheckedRuleId, IdsOf<List>>] extends [
  never,
]
  ? unknown
  : { readonly 'rules without a checker': Exclude<CheckedRuleId, IdsOf<List>> };
type OneCheckerEach<List extends readonly RuleChecker[]> = [Repeated<List>] extends [never]
  ? unknown
  : { readonly 'rules with two checkers': Repeated<List> };
type NoneJudgedElsewhere<List extends readonly RuleChecker[]> = [
  Extract<IdsOf<List>, JudgedElsewhereId>,
] extends [never]
  ? unknown
  : {
      readonly 'rules judged elsewhere (judged-elsewhere.ts) given a checker': Extract<
        IdsOf<List>,
        JudgedElsewhereId
      >;
    };

/** The checkers by rule ID, once the types have proved the list holds exactly one per checked rule. */
export function byRule<const List extends readonly RuleChecker[]>(
  list: List & EveryRuleChecked<List> & OneCheckerEach<List> & NoneJudgedElsewhere<List>,
): Readonly<Record<CheckedRuleId, Checker>> {
  return Object.fromEntries(list.map((entry) => [entry.id, entry.check])) as Record<CheckedRuleId, Checker>;
}

/** One checker per MUST, REFUSE, INVARIANT and OPEN rule (ADVISE rules are pre-flight advice instead). */
export const CHECKERS: Readonly<Record<CheckedRuleId, Checker>> = byRule(RULE_CHECKERS);

/** The checker of a rule, or undefined for a rule judged elsewhere (`JUDGED_ELSEWHERE`). */
export function checkerOf(id: RuleId): Checker | undefined {
  return isJudgedElsewhere(id) ? undefined : CHECKERS[id];
}

/**
 * The file that judges a rule, relative to the project root, known without reading any source (so a
 * compiled build answers too): a checker lives in `rules/checkers/` under its rule ID in lower case,
 * a convention test/rules/checker-registry.test.ts holds every file to; a rule judged elsewhere says
 * where.
 */
export function judgedIn(id: RuleId): string {
  return isJudgedElsewhere(id) ? JUDGED_ELSEWHERE[id].file : `rules/checkers/${id.toLowerCase()}.ts`;
}
