import type { RuleId } from '../domain/index.ts';
import { RULE_IDS } from '../domain/index.ts';
import { ADVICE_RULES } from './catalogue/advice.ts';
import { ELIGIBILITY_RULES } from './catalogue/eligibility.ts';
import { HISTORY_RULES } from './catalogue/history.ts';
import { INVARIANT_RULES } from './catalogue/invariants.ts';
import { MOVE_RULES } from './catalogue/move.ts';
import { NEW_RULES } from './catalogue/new.ts';
import { OPEN_RULES } from './catalogue/open.ts';
import { SET_RULES } from './catalogue/set.ts';
import type { RuleEntry } from './catalogue/rule-entry.ts';

export type { ArticleSection, RuleEntry, RuleGroup } from './catalogue/rule-entry.ts';

const BY_ID: ReadonlyMap<RuleId, RuleEntry> = new Map(
  [
    ...ELIGIBILITY_RULES,
    ...ADVICE_RULES,
    ...MOVE_RULES,
    ...SET_RULES,
    ...NEW_RULES,
    ...HISTORY_RULES,
    ...INVARIANT_RULES,
    ...OPEN_RULES,
  ].map((entry) => [entry.id, entry]),
);

/** Every rule of RULES.md, in the order of domain/rule-ids.ts (the order reports use). */
export const CATALOGUE: readonly RuleEntry[] = RULE_IDS.map((id) => {
  const entry = BY_ID.get(id);
  if (entry === undefined) throw new Error(`rules catalogue: no entry for ${id}; add it to rules/catalogue/`);
  return entry;
});

/** The catalogue entry of a rule. */
export function ruleEntry(id: RuleId): RuleEntry {
  const entry = BY_ID.get(id);
  if (entry === undefined) throw new Error(`ruleEntry: unknown rule ${id}`);
  return entry;
}
