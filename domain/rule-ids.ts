/**
 * Every rule ID of the rules document (docs/RULES.md, copied from the project's spec). Stable: the catalogue may add IDs, never renumber.
 * Refusals, verdicts and reports all name rules by these IDs.
 */
export const RULE_IDS = [
  'ELIG-1', 'ELIG-2', 'ELIG-3', 'ELIG-4', 'ELIG-5', 'ELIG-6', 'ELIG-7', 'ELIG-8',
  'ADV-1', 'ADV-2', 'ADV-3', 'ADV-4', 'ADV-5',
  'MOVE-1', 'MOVE-2', 'MOVE-3', 'MOVE-4', 'MOVE-5', 'MOVE-6', 'MOVE-7',
  'SET-1',
  'NEW-1', 'NEW-2',
  'HIST-0', 'HIST-1', 'HIST-2', 'HIST-2a', 'HIST-2b', 'HIST-2c', 'HIST-3', 'HIST-4', 'HIST-5', 'HIST-6', 'HIST-7', 'HIST-8', 'HIST-9',
  'INV-1', 'INV-2', 'INV-3', 'INV-4', 'INV-5', 'INV-6', 'INV-7', 'INV-8',
  'OPEN-1', 'OPEN-2', 'OPEN-3', 'OPEN-4', 'OPEN-5', 'OPEN-6', 'OPEN-7', 'OPEN-8', 'OPEN-9',
] as const; // prettier-ignore

export type RuleId = (typeof RULE_IDS)[number];

export type RuleKind = 'MUST' | 'REFUSE' | 'ADVISE' | 'INVARIANT' | 'OPEN';

const RULE_ID_SET: ReadonlySet<string> = new Set(RULE_IDS);

export function isRuleId(value: string): value is RuleId {
  return RULE_ID_SET.has(value);
}
