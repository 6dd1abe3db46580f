import type { RuleId } from './rule-ids.ts';

export type VerdictStatus = (typeof VERDICT_STATUSES)[number];
export const VERDICT_STATUSES = ['pass', 'violated', 'not-exercised', 'not-applicable'] as const;

/** The objects a finding is about, so a person can look them up. */
export interface FindingSubjects {
  readonly conversations?: readonly string[];
  readonly tickets?: readonly string[];
  readonly channels?: readonly string[];
  readonly users?: readonly string[];
  /** The trace step (command index) where it happened, when known. */
  readonly step?: number;
}

export interface Finding {
  readonly expected: string;
  readonly actual: string;
  readonly subjects: FindingSubjects;
}

/** A checker's answer about one rule on one trace. */
export type Verdict =
  | { readonly ruleId: RuleId; readonly status: 'pass'; readonly evidence: string }
  | {
      readonly ruleId: RuleId;
      readonly status: 'violated';
      /** At most a few dozen, for reading; `count` says how many there were in all. */
      readonly findings: readonly Finding[];
      readonly count: number;
    }
  /** The trace never reached the situation the rule speaks of. */
  | { readonly ruleId: RuleId; readonly status: 'not-exercised'; readonly why: string }
  /** The rule is not part of the selected rule profile. */
  | { readonly ruleId: RuleId; readonly status: 'not-applicable'; readonly why: string };
