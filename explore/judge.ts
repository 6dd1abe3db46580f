import type {
  MaybePromise,
  RuleId,
  SyncSystemFactory,
  SystemFactory,
  SystemOptions,
  Verdict,
} from '../domain/index.ts';
import type { GeneratedScenario } from '../generators/index.ts';
import { drive, judgeScript, type PlayLimits, type Steps } from '../harness/index.ts';

/** What one scenario did to one system: every verdict, and the rules it violated. */
export interface Judgement {
  readonly verdicts: readonly Verdict[];
  readonly violated: readonly RuleId[];
  readonly exercised: readonly RuleId[];
}

/**
 * Plays a generated scenario against a fresh system and judges every rule (judgeScript: INV-5 by
 * playing it twice, each play on a system instance of its own). A system that throws, answers
 * malformed or not in time propagates as a SystemFailure (not a rule verdict; the caller reports it).
 * Synchronous for a synchronous factory (explore's fast path), a promise for an async system.
 */
export function judge(
  factory: SyncSystemFactory,
  scenario: GeneratedScenario,
  options: SystemOptions,
  limits?: PlayLimits,
): Judgement;
export function judge(
  factory: SystemFactory,
  scenario: GeneratedScenario,
  options: SystemOptions,
  limits?: PlayLimits,
): MaybePromise<Judgement>;
export function judge(
  factory: SystemFactory,
  scenario: GeneratedScenario,
  options: SystemOptions,
  limits: PlayLimits = {},
): MaybePromise<Judgement> {
  return drive(judgeSteps(factory, scenario, options, limits));
}

function* judgeSteps(
  factory: SystemFactory,
  scenario: GeneratedScenario,
  options: SystemOptions,
  limits: PlayLimits,
): Steps<Judgement> {
  const judged = yield* judgeScript(factory, scenario.world, scenario.script, options, limits);
  if (judged.failure !== null) throw judged.failure;
  // INV-5 last, as explore has always listed it: a run's first violated rule names its
  // counterexample file, so the order of `violated` is part of what explore saves.
  const verdicts = [
    ...judged.verdicts.filter((v) => v.ruleId !== 'INV-5'),
    ...judged.verdicts.filter((v) => v.ruleId === 'INV-5'),
  ];
  return {
    verdicts,
    violated: verdicts.filter((v) => v.status === 'violated').map((v) => v.ruleId),
    exercised: verdicts.filter((v) => v.status === 'pass' || v.status === 'violated').map((v) => v.ruleId),
  };
}
