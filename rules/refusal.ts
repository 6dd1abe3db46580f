import type { FindingSubjects, RuleId, Trace, TraceStep } from '../domain/index.ts';
import { brokenPerStep } from './_eligibility.ts';
import { count, Findings } from './verdict.ts';
import type { RuleChecker } from './define-checker.ts';
import { defineChecker } from './define-checker.ts';

/**
 * A checker for a rule that requests must be refused for: every request that breaks it is refused,
 * naming it when it is the only rule broken; no request is refused in its name without breaking it.
 * Covers start-move (ELIG-*, HIST-0) and the cancel / move-back / history-later requests.
 */
export function refusalChecker<const Id extends RuleId>(ruleId: Id): RuleChecker<Id> {
  return defineChecker(ruleId, (trace) => {
    const found = new Findings(ruleId);
    const checked = collectRefusals(trace, ruleId, found);
    return found.verdict(
      checked,
      `${count(checked, 'requests')} broke ${ruleId}; each was refused as required`,
      `no request in the trace broke ${ruleId}`,
    );
  });
}

function subjectsOf(step: TraceStep): FindingSubjects {
  const { command } = step;
  const channelId = 'channelId' in command ? command.channelId : undefined;
  const actorId = 'actorId' in command ? command.actorId : undefined;
  return {
    step: step.index,
    ...(channelId === undefined ? {} : { channels: [channelId] }),
    ...(actorId === undefined ? {} : { users: [actorId] }),
  };
}

/** Adds the refusal findings of `ruleId` to `found`; returns how many requests were judged. */
export function collectRefusals(trace: Trace, ruleId: RuleId, found: Findings): number {
  const brokenBySteps = brokenPerStep(trace);
  let checked = 0;
  for (const [position, step] of trace.steps.entries()) {
    const { command, result } = step;
    const broken = brokenBySteps[position];
    const named = result.status === 'refused' ? result.ruleId : undefined;
    // Every refusal is judged for its reason under the rule it names (docs/SEMANTICS.md).
    if (result.status === 'refused' && named === ruleId && !understandable(result.reason)) {
      found.add(
        'a reason a person understands (a few words besides the rule ID)',
        JSON.stringify(result.reason),
        subjectsOf(step),
      );
    }
    if (broken?.includes(ruleId) === true) {
      checked += 1;
      const alone = broken.length === 1;
      if (result.status !== 'refused') {
        found.add(`${command.type} refused (${ruleId} broken)`, result.status, subjectsOf(step));
      } else if (alone && named !== ruleId) {
        found.add(
          `refused naming ${ruleId}, the only rule broken`,
          `refused naming ${named}`,
          subjectsOf(step),
        );
      }
    } else if (named === ruleId) {
      checked += 1;
      const others = broken === undefined || broken.length === 0 ? 'no rule' : broken.join(', ');
      found.add(
        `no refusal in the name of ${ruleId} (it is not broken)`,
        `refused; broken: ${others}`,
        subjectsOf(step),
      );
    }
  }
  return checked;
}

/** Rule IDs, which say nothing to a person on their own. */
const RULE_ID = /\b[A-Z]+-\d+[a-z]?\b/g;
/** Words of at least two letters. */
const WORD = /\p{L}{2,}/gu;

/**
 * Whether a refusal reason says something a person understands (SEMANTICS.md, "Command results"):
 * at least three words of two letters or more once rule IDs are taken out — "ELIG-3", "refused" or
 * an empty string do not.
 */
export function understandable(reason: string): boolean {
  return (reason.replace(RULE_ID, ' ').match(WORD) ?? []).length >= 3;
}
