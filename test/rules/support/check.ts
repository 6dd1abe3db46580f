import type { RuleId, Trace, Verdict } from '../../../domain/index.ts';
import { checkerOf } from '../../../rules/index.ts';

/** Runs one rule's checker on a trace; a rule without a checker is a test bug, so it throws. */
export function check(rule: RuleId, trace: Trace): Verdict {
  const checker = checkerOf(rule);
  if (checker === undefined) throw new Error(`no checker for ${rule}`);
  return checker(trace);
}
