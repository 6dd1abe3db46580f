import { defineChecker } from '../define-checker.ts';

/** INV-5 on one trace: determinism needs two runs; see `compareTraces`. */
export const inv5 = defineChecker('INV-5', () => ({
  ruleId: 'INV-5',
  status: 'not-exercised',
  why: 'determinism is judged from two runs of the same inputs (compareTraces), not from one trace',
}));
