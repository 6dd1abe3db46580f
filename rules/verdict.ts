import type { Finding, FindingSubjects, RuleId, Trace, Verdict } from '../domain/index.ts';
import { ruleEntry } from './catalogue.ts';

/** Findings kept for reading; the total is still counted. */
export const MAX_FINDINGS = 20;

/** Collects a checker's findings, keeping the first MAX_FINDINGS and counting all. */
export class Findings {
  readonly kept: Finding[] = [];
  count = 0;

  constructor(readonly ruleId: RuleId) {}

  add(expected: string, actual: string, subjects: FindingSubjects): void {
    this.count += 1;
    if (this.kept.length < MAX_FINDINGS) this.kept.push({ expected, actual, subjects });
  }

  /** Takes over findings collected elsewhere (kept ones and the total). */
  absorb(tally: { readonly kept: readonly Finding[]; readonly count: number }): void {
    for (const finding of tally.kept) if (this.kept.length < MAX_FINDINGS) this.kept.push(finding);
    this.count += tally.count;
  }

  /** `violated` when anything was found; otherwise `pass` with the evidence, or `not-exercised`. */
  verdict(checked: number, evidence: string, whyNotExercised: string): Verdict {
    if (this.count > 0) {
      return { ruleId: this.ruleId, status: 'violated', findings: this.kept, count: this.count };
    }
    if (checked === 0) return { ruleId: this.ruleId, status: 'not-exercised', why: whyNotExercised };
    return { ruleId: this.ruleId, status: 'pass', evidence };
  }
}

/** `not-applicable` when the rule is not part of the trace's rule profile, else undefined. */
export function notApplicable(ruleId: RuleId, trace: Trace): Verdict | undefined {
  const profile = trace.options.profile;
  if (ruleEntry(ruleId).profiles.includes(profile)) return undefined;
  return { ruleId, status: 'not-applicable', why: `${ruleId} is not part of rule profile ${profile}` };
}

/** Wraps a checker body so that it first answers `not-applicable` outside the rule's profiles. */
export function profiled(ruleId: RuleId, body: (trace: Trace) => Verdict): (trace: Trace) => Verdict {
  return (trace) => notApplicable(ruleId, trace) ?? body(trace);
}

/** "1,234 tickets": counts in evidence read better with separators. */
export function count(n: number, noun: string): string {
  return `${grouped(n)} ${noun}`;
}

/**
 * `n.toLocaleString('en-US')`: the same text, built by hand for a whole number (most evidence
 * formats a handful of counts, and Intl's formatting was a fixed cost of every verdict).
 */
export function grouped(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let text = digits.length % 3 === 0 ? '' : digits.slice(0, digits.length % 3);
  for (let i = digits.length % 3; i < digits.length; i += 3)
    text += (text === '' ? '' : ',') + digits.slice(i, i + 3);
  return n < 0 ? `-${text}` : text;
}
