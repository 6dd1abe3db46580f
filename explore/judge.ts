import type { RuleId, SystemFactory, SystemOptions, Verdict } from '../domain/index.ts';
import type { Scenario } from '../generators/index.ts';
import { checkTrace, compareTraces } from '../rules/index.ts';
import { playScript } from '../scenarios/index.ts';

/** What one scenario did to one system: every verdict, and the rules it violated. */
export interface Judgement {
  readonly verdicts: readonly Verdict[];
  readonly violated: readonly RuleId[];
  readonly exercised: readonly RuleId[];
}

/**
 * Plays a generated scenario against a fresh system and judges every rule (INV-5 by playing it twice). A system that throws
 * propagates as a SystemFailure (a crash is not a rule verdict; the caller reports it).
 */
export function judge(factory: SystemFactory, scenario: Scenario, options: SystemOptions): Judgement {
  const trace = playScript(factory, scenario.world, scenario.script, options);
  // INV-5 needs a second play of the same inputs, as runScenario does.
  const again = playScript(factory, scenario.world, scenario.script, options);
  const inv5 = compareTraces(trace, again);
  const verdicts = [...checkTrace(trace).filter((v) => v.ruleId !== 'INV-5'), inv5];
  return {
    verdicts,
    violated: verdicts.filter((v) => v.status === 'violated').map((v) => v.ruleId),
    exercised: verdicts.filter((v) => v.status === 'pass' || v.status === 'violated').map((v) => v.ruleId),
  };
}
