// The rule catalogue, the independent checkers and the pre-flight advice. Never imports machines/.
export { CATALOGUE, ruleEntry } from './catalogue.ts';
export type { ArticleSection, RuleEntry, RuleGroup } from './catalogue.ts';
export { CHECKERS } from './checkers.ts';
export type { Checker } from './checkers.ts';
export { checkTrace } from './check-trace.ts';
export { compareTraces } from './compare-traces.ts';
export { preflight } from './preflight.ts';
export type { MovePlan } from './preflight.ts';
export { estimateMoveMs } from './preflight/estimate.ts';
