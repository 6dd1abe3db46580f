import type { RuleId, Trace, Verdict } from '../domain/index.ts';
import { profiled } from './verdict.ts';

/** A rule checker: a pure function of a trace. */
export type Checker = (trace: Trace) => Verdict;

/**
 * What each file of `rules/checkers/` exports: the rule it judges and its checker. The ID keeps its
 * literal type (`'MOVE-7'`, not `RuleId`) so that the registry (`checker-registry.ts`) can prove at
 * compile time that every rule has exactly one checker.
 */
export interface RuleChecker<Id extends RuleId = RuleId> {
  readonly id: Id;
  readonly check: Checker;
}

/**
 * The checker of rule `id`. `body` judges the trace; outside the rule's profiles the verdict is
 * `not-applicable` without calling it, so no checker has to remember to ask.
 * @example export const move7 = defineChecker('MOVE-7', (trace) => ...);
 */
export function defineChecker<const Id extends RuleId>(id: Id, body: Checker): RuleChecker<Id> {
  return { id, check: profiled(id, body) };
}
