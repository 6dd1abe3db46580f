import type { RuleId, Verdict } from '../domain/index.ts';
import type { SystemFailure } from './system-failure.ts';

/**
 * INV-8 judged from a system failure: a request the system did not answer — it threw, answered
 * something that is none of accepted, refused or invalid, or did not answer in time — was neither
 * accepted (what a valid request is owed) nor answered `invalid` (what a request naming unknown
 * IDs is owed). The failure stays a system failure; this is the rule it broke, so a report and
 * the kill matrix can name it. Failures outside a command's answer (the factory, `observe()`,
 * `world()`, `events()`, `close()`) break no rule of the article: null.
 */
export function unansweredRequest(failure: SystemFailure): Verdict | null {
  if (failure.command === null || failure.step < 1 || failure.call !== 'execute()') return null;
  return {
    ruleId: 'INV-8',
    status: 'violated',
    count: 1,
    findings: [
      {
        expected: `an answer to ${failure.command.type}: accepted, refused (with a rule and a reason) or invalid`,
        actual: `${failure.verb}: ${failure.causeMessage}`,
        subjects: { step: failure.step },
      },
    ],
  };
}

/** The rules a system failure broke: INV-8 for an unanswered request, else none. */
export function rulesBrokenBy(failure: SystemFailure): readonly RuleId[] {
  return unansweredRequest(failure) === null ? [] : ['INV-8'];
}

/** `verdicts` with INV-8 replaced by the unanswered request's violation, when there is one. */
export function withUnansweredRequest(
  verdicts: readonly Verdict[],
  failure: SystemFailure | null,
): Verdict[] {
  const inv8 = failure === null ? null : unansweredRequest(failure);
  if (inv8 === null) return [...verdicts];
  return verdicts.some((v) => v.ruleId === 'INV-8')
    ? verdicts.map((v) => (v.ruleId === 'INV-8' ? inv8 : v))
    : [...verdicts, inv8];
}
