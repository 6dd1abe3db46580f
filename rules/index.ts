// The rule catalogue, the independent checkers and the pre-flight advice. Never imports machines/.
export { CATALOGUE, ruleEntry } from './catalogue.ts';
export type { ArticleSection, RuleEntry, RuleGroup } from './catalogue.ts';
export { CHECKERS, checkerOf, judgedIn } from './checker-registry.ts';
export type { Checker, RuleChecker } from './define-checker.ts';
export { JUDGED_ELSEWHERE, isJudgedElsewhere } from './judged-elsewhere.ts';
export type { CheckedRuleId, JudgedElsewhere, JudgedElsewhereId } from './judged-elsewhere.ts';
export { checkTrace } from './check-trace.ts';
export { compareTraces } from './compare-traces.ts';
export { preflight } from './preflight.ts';
export type { MovePlan } from './preflight.ts';
export { estimateMoveMs } from './preflight/estimate.ts';
