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
  Verdict,
} from '../domain/index.ts';
import { checkTrace, compareTraces, preflight } from '../rules/index.ts';
import { capabilitiesOf, notImplemented, withoutTestClock } from './capabilities.ts';
import { checkExpectations } from './check-expectations.ts';
import { drive, settle, type Steps } from './maybe-async.ts';
import { PER_STEP_WORLD_LIMIT, playScript, type PlayLimits } from './play-script.ts';
import type { Scenario } from './scenario.ts';
import { SystemFailure } from './system-failure.ts';
import { writtenFor } from './written-for.ts';
import { buildTimeline } from './timeline.ts';
import { buildStepViews } from './step-views.ts';

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
 * Plays a scenario and judges it: every rule's verdict (checkTrace), INV-5 by playing the script a
 * second time and comparing (worlds up to PER_STEP_WORLD_LIMIT conversations only), the pre-flight
 * advice for the first start-move, the scenario's expectations, a timeline and stats. A system
 * that throws gives a failed result naming the step. A scenario played under a profile or policy
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
  const capabilities = capabilitiesOf(opts.factory);
  const missing = notImplemented(capabilities, options);
  if (missing.length > 0) return notApplicable(scenario, opts, options, missing);
  const played = yield* play(scenario, opts, options);
  const { trace } = played;
  let verdicts: Verdict[] = [...checkTrace(trace)];
  if (played.failure === null && scenario.world.conversations.length <= PER_STEP_WORLD_LIMIT) {
    // A second play, on a system instance of its own (closed after), for INV-5.
    const again = yield* play(scenario, opts, options);
    const inv5 =
      again.failure === null
        ? compareTraces(trace, again.trace)
        : ({
            ruleId: 'INV-5',
            status: 'not-exercised',
            why: `the second play failed: ${again.failure.message}`,
          } as const);
    verdicts = verdicts.some((v) => v.ruleId === 'INV-5')
      ? verdicts.map((v) => (v.ruleId === 'INV-5' ? inv5 : v))
      : [...verdicts, inv5];
    if (again.failure !== null) played.failure = again.failure;
  }
  if (capabilities.testClock === false) verdicts = withoutTestClock(verdicts, trace.system);
  // Expectations hold for the profile and policies the scenario was written for (see writtenFor).
  const otherwise = writtenFor(scenario.options, options);
  const checked = otherwise === null ? scenario.expectations : [];
  const expectations: ExpectationResult[] = checkExpectations(checked, trace, verdicts);
  if (played.failure !== null) {
    expectations.push({
      description: SYSTEM_ANSWERS,
      ok: false,
      expected: 'a well-formed result value (accepted, refused or invalid), in time',
      actual: played.failure.message,
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

/** The trace of a scenario nothing was played of. */
function emptyTrace(scenario: Scenario, system: string, options: SystemOptions): Trace {
  return {
    system,
    options,
    before: scenario.world,
    initial: {
      at: scenario.world.clock,
      banner: null,
      notificationsOn: scenario.world.account.notificationsOn,
      move: null,
      channelLocations: Object.fromEntries(scenario.world.channels.map((c) => [c.id, c.location])),
    },
    steps: [],
    after: scenario.world,
    events: [],
  };
}

function* play(
  scenario: Scenario,
  opts: RunScenarioOptions,
  options: SystemOptions,
): Steps<{ trace: Trace; failure: SystemFailure | null }> {
  try {
    const limits = opts.stepTimeoutMs === undefined ? {} : { stepTimeoutMs: opts.stepTimeoutMs };
    const trace = yield* settle(() =>
      playScript(opts.factory, scenario.world, scenario.script, options, limits),
    );
    return { trace, failure: null };
  } catch (error) {
    if (!(error instanceof SystemFailure)) throw error;
    return { trace: error.partialTrace ?? emptyTrace(scenario, error.system, options), failure: error };
  }
}

/** The result of a scenario pinned to values the system does not implement: not played, not failed. */
function notApplicable(
  scenario: Scenario,
  opts: RunScenarioOptions,
  options: SystemOptions,
  missing: readonly string[],
): ScenarioRun {
  const system = opts.systemName ?? (opts.factory.name === '' ? 'system' : opts.factory.name);
  const trace = emptyTrace(scenario, system, options);
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
