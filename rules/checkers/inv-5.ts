import type { Trace, Verdict } from '../../domain/index.ts';
import { profiled } from '../_verdict.ts';

/** INV-5 on one trace: determinism needs two runs; see `compareTraces`. */
export const checkInv5: (trace: Trace) => Verdict = profiled('INV-5', () => ({
  ruleId: 'INV-5',
  status: 'not-exercised',
  why: 'determinism is judged from two runs of the same inputs (compareTraces), not from one trace',
}));
