import type {
  Advice,
  ExpectationResult,
  MaybePromise,
  Policies,
  ProfileId,
  ScenarioResult,
  SyncSystemFactory,
  SystemFactory,
  SystemOptions,
  Trace,
} from '../domain/index.ts';
import { buildStepViews } from '../reports/text/step-views.ts';
import { buildTimeline } from '../reports/text/timeline.ts';
import { preflight } from '../rules/index.ts';
import { capabilitiesOf, notImplemented } from './capabilities.ts';
import { checkExpectations } from './check-expectations.ts';
import { emptyTrace, judgeScript } from './judge-script.ts';
import { drive, type Steps } from './maybe-async.ts';
import type { PlayLimits } from './play-script.ts';
import type { Scenario } from './scenario.ts';
import { writtenFor } from './written-for.ts';

/** The expectation a system failure fails (a result per command, well-formed, in time). */
export const SYSTEM_ANSWERS = 'the system answers every command with a result';

/** How to run a scenario: the system under test and overrides of the scenario's own options. */
export interface RunScenarioOptions extends PlayLimits {
  readonly factory: SystemFactory;
  /** Shown in reports instead of the system's own name. */
  readonly systemName?: string;
  /** Over the scenario's policies (to play an open question the other way). */
  readonly policies?: Partial<Policies>;
  /** Instead of the scenario's profile. */
  readonly profile?: ProfileId;
}

/** A scenario played and judged. */
export interface ScenarioRun {
  readonly trace: Trace;
  readonly result: ScenarioResult;
}

/**
 * Plays a scenario and judges it: every rule's verdict, INV-5 by a second play (judgeScript), the
 * pre-flight advice for the first start-move, the scenario's expectations, a timeline and stats. A
 * system that throws, answers malformed or not in time gives a failed result naming the step. A scenario played under a profile or policy
 * value the system does not implement (its factory's capabilities) is not played: its outcome is
 * `not-applicable`. Synchronous for a synchronous factory; a promise when the system answers with one.
 */
export function runScenario(
  scenario: Scenario,
  opts: RunScenarioOptions & { factory: SyncSystemFactory },
): ScenarioRun;
export function runScenario(scenario: Scenario, opts: RunScenarioOptions): MaybePromise<ScenarioRun>;
export function runScenario(scenario: Scenario, opts: RunScenarioOptions): MaybePromise<ScenarioRun> {
  return drive(runSteps(scenario, opts), Infinity);
}

function* runSteps(scenario: Scenario, opts: RunScenarioOptions): Steps<ScenarioRun> {
  const options: SystemOptions = {
    policies: { ...scenario.options.policies, ...opts.policies },
    profile: opts.profile ?? scenario.options.profile,
  };
  const missing = notImplemented(capabilitiesOf(opts.factory), options);
  if (missing.length > 0) return notApplicable(scenario, opts, options, missing);
  const limits = opts.stepTimeoutMs === undefined ? {} : { stepTimeoutMs: opts.stepTimeoutMs };
  const { trace, verdicts, failure } = yield* judgeScript(
    opts.factory,
    scenario.world,
    scenario.script,
    options,
    limits,
  );
  // Expectations hold for the profile and policies the scenario was written for (see writtenFor).
  const otherwise = writtenFor(scenario.options, options);
  const checked = otherwise === null ? scenario.expectations : [];
  const expectations: ExpectationResult[] = checkExpectations(checked, trace, verdicts);
  if (failure !== null) {
    expectations.push({
      description: SYSTEM_ANSWERS,
      ok: false,
      expected: 'a well-formed result value (accepted, refused or invalid), in time',
      actual: failure.message,
    });
  }
  const failed = verdicts.some((v) => v.status === 'violated') || expectations.some((e) => !e.ok);
  return {
    trace,
    result: {
      scenario: scenario.ref,
      system: opts.systemName ?? trace.system,
      options,
      verdicts,
      expectations,
      advice: adviceFor(scenario),
      timeline: buildTimeline(trace),
      steps: buildStepViews(trace),
      outcome: failed ? 'fail' : 'pass',
      stats: {
        conversations: trace.after.conversations.length,
        tickets: trace.after.tickets.length,
        commands: trace.steps.length,
        events: trace.events.length,
        simulatedMs: trace.after.clock - trace.before.clock,
      },
      ...(otherwise === null || scenario.expectations.length === 0
        ? {}
        : { expectationsNotChecked: { count: scenario.expectations.length, writtenFor: otherwise } }),
    },
  };
}

/** The result of a scenario pinned to values the system does not implement: not played, not failed. */
function notApplicable(
  scenario: Scenario,
  opts: RunScenarioOptions,
  options: SystemOptions,
  missing: readonly string[],
): ScenarioRun {
  const system = opts.systemName ?? (opts.factory.name === '' ? 'system' : opts.factory.name);
  const trace = emptyTrace(scenario.world, system, options);
  return {
    trace,
    result: {
      scenario: scenario.ref,
      system,
      options,
      verdicts: [],
      expectations: [],
      advice: adviceFor(scenario),
      timeline: [],
      outcome: 'not-applicable',
      notApplicable: { reason: `the system does not implement ${missing.join(', ')}` },
      stats: {
        conversations: scenario.world.conversations.length,
        tickets: 0,
        commands: 0,
        events: 0,
        simulatedMs: 0,
      },
    },
  };
}

/** The pre-flight advice (ADV-1..5) for the script's first start-move, if it has one. */
function adviceFor(scenario: Scenario): readonly Advice[] {
  const start = scenario.script.find((command) => command.type === 'start-move');
  if (start === undefined) return [];
  return preflight(scenario.world, { channelId: start.channelId, history: start.history });
}
