import type { RuleId } from '../domain/index.ts';

/** Why a rule has no checker in `rules/checkers/`, and the file that deals with it instead. */
export interface JudgedElsewhere {
  readonly reason: string;
  /** Relative to the project root. */
  readonly file: string;
}

const PREFLIGHT =
  'ADVISE rule: pre-flight advice on a planned move (rules/preflight.ts), not a verdict on a trace';

/**
 * The rules deliberately without a trace checker. The checker registry must cover every other rule
 * (a compile error otherwise) and none of these.
 */
export const JUDGED_ELSEWHERE = {
  'ADV-1': { reason: PREFLIGHT, file: 'rules/preflight/adv-1.ts' },
  'ADV-2': { reason: PREFLIGHT, file: 'rules/preflight/adv-2.ts' },
  'ADV-3': { reason: PREFLIGHT, file: 'rules/preflight/adv-3.ts' },
  'ADV-4': { reason: PREFLIGHT, file: 'rules/preflight/adv-4.ts' },
  'ADV-5': { reason: PREFLIGHT, file: 'rules/preflight/adv-5.ts' },
} as const satisfies Partial<Record<RuleId, JudgedElsewhere>>;

/** A rule judged elsewhere than in `rules/checkers/`. */
export type JudgedElsewhereId = keyof typeof JUDGED_ELSEWHERE;

/** A rule judged on a trace by its own checker. */
export type CheckedRuleId = Exclude<RuleId, JudgedElsewhereId>;

export function isJudgedElsewhere(id: RuleId): id is JudgedElsewhereId {
  return Object.hasOwn(JUDGED_ELSEWHERE, id);
}
