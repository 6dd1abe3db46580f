import type { RuleId, Trace, Verdict } from '../domain/index.ts';
import { CATALOGUE } from './catalogue.ts';
import { checkerOf } from './checker-registry.ts';

/**
 * Judges a trace rule by rule: one verdict per checked rule (all, or those in `only`), in catalogue
 * order. ADVISE rules have no checker and are left out.
 */
export function checkTrace(trace: Trace, only?: readonly RuleId[]): Verdict[] {
  const wanted = only === undefined ? undefined : new Set(only);
  const verdicts: Verdict[] = [];
  for (const entry of CATALOGUE) {
    const checker = checkerOf(entry.id);
    if (checker === undefined || (wanted !== undefined && !wanted.has(entry.id))) continue;
    verdicts.push(checker(trace));
  }
  return verdicts;
}
