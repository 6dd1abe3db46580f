import type { RuleId } from './rule-ids.ts';
import type { FindingSubjects } from './verdict.ts';

/** A pre-flight warning (ADV-1..5) about a planned move, with the numbers behind it. */
export interface Advice {
  readonly ruleId: Extract<RuleId, `ADV-${string}`>;
  readonly message: string;
  readonly figures: Readonly<Record<string, number>>;
  readonly subjects: FindingSubjects;
}
