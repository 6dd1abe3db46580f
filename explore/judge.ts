import type {
  MaybePromise,
  RuleId,
  SyncSystemFactory,
  SystemFactory,
  SystemOptions,
  Verdict,
} from '../domain/index.ts';
import type { Scenario } from '../generators/index.ts';
import { checkTrace, compareTraces } from '../rules/index.ts';
import { playScript, withoutTestClock, type PlayLimits } from '../scenarios/index.ts';
import { drive, settle, type Steps } from '../scenarios/maybe-async.ts';

/** What one scenario did to one system: every verdict, and the rules it violated. */
export interface Judgement {
  readonly verdicts: readonly Verdict[];
  readonly violated: readonly RuleId[];
  readonly exercised: readonly RuleId[];
}

/**
 * Plays a generated scenario against a fresh system and judges every rule (INV-5 by playing it
 * twice, each play on a system instance of its own). A system that throws, answers malformed or
 * not in time propagates as a SystemFailure (not a rule verdict; the caller reports it).
 * Synchronous for a synchronous factory (explore's fast path), a promise for an async system.
 */
export function judge(
  factory: SyncSystemFactory,
  scenario: Scenario,
  options: SystemOptions,
  limits?: PlayLimits,
): Judgement;
export function judge(
  factory: SystemFactory,
  scenario: Scenario,
  options: SystemOptions,
  limits?: PlayLimits,
): MaybePromise<Judgement>;
export function judge(
  factory: SystemFactory,
  scenario: Scenario,
  options: SystemOptions,
  limits: PlayLimits = {},
): MaybePromise<Judgement> {
  return drive(judgeSteps(factory, scenario, options, limits));
}

function* judgeSteps(
  factory: SystemFactory,
  scenario: Scenario,
  options: SystemOptions,
  limits: PlayLimits,
): Steps<Judgement> {
  const trace = yield* settle(() => playScript(factory, scenario.world, scenario.script, options, limits));
  // INV-5 needs a second play of the same inputs, as runScenario does.
  const again = yield* settle(() => playScript(factory, scenario.world, scenario.script, options, limits));
  const inv5 = compareTraces(trace, again);
  let verdicts = [...checkTrace(trace).filter((v) => v.ruleId !== 'INV-5'), inv5];
  if (factory.capabilities?.testClock === false) verdicts = withoutTestClock(verdicts, trace.system);
  return {
    verdicts,
    violated: verdicts.filter((v) => v.status === 'violated').map((v) => v.ruleId),
    exercised: verdicts.filter((v) => v.status === 'pass' || v.status === 'violated').map((v) => v.ruleId),
  };
}
