import type {
  Advice,
  ExpectationResult,
  Policies,
  ProfileId,
  ScenarioResult,
  SystemFactory,
  SystemOptions,
  Trace,
  Verdict,
} from '../domain/index.ts';
import { checkTrace, compareTraces, preflight } from '../rules/index.ts';
import { checkExpectations } from './check-expectations.ts';
import { PER_STEP_WORLD_LIMIT, playScript } from './play-script.ts';
import type { Scenario } from './scenario.ts';
import { SystemFailure } from './system-failure.ts';
import { writtenFor } from './written-for.ts';
import { buildTimeline } from './timeline.ts';

/** How to run a scenario: the system under test and overrides of the scenario's own options. */
export interface RunScenarioOptions {
  readonly factory: SystemFactory;
  /** Shown in reports instead of the system's own name. */
  readonly systemName?: string;
  /** Over the scenario's policies (to play an open question the other way). */
  readonly policies?: Partial<Policies>;
  /** Instead of the scenario's profile. */
  readonly profile?: ProfileId;
}

/**
 * Plays a scenario and judges it: every rule's verdict (checkTrace), INV-5 by playing the script a
 * second time and comparing (worlds up to PER_STEP_WORLD_LIMIT conversations only), the pre-flight
 * advice for the first start-move, the scenario's expectations, a timeline and stats. A system
 * that throws gives a failed result naming the step.
 */
export function runScenario(
  scenario: Scenario,
  opts: RunScenarioOptions,
): { trace: Trace; result: ScenarioResult } {
  const options: SystemOptions = {
    policies: { ...scenario.options.policies, ...opts.policies },
    profile: opts.profile ?? scenario.options.profile,
  };
  const played = play(scenario, opts.factory, options);
  const { trace } = played;
  let verdicts: Verdict[] = [...checkTrace(trace)];
  if (played.failure === null && scenario.world.conversations.length <= PER_STEP_WORLD_LIMIT) {
    const again = play(scenario, opts.factory, options);
    const inv5 = compareTraces(trace, again.trace);
    verdicts = verdicts.some((v) => v.ruleId === 'INV-5')
      ? verdicts.map((v) => (v.ruleId === 'INV-5' ? inv5 : v))
      : [...verdicts, inv5];
  }
  // Expectations hold for the profile and policies the scenario was written for (see writtenFor).
  const otherwise = writtenFor(scenario.options, options);
  const checked = otherwise === null ? scenario.expectations : [];
  const expectations: ExpectationResult[] = checkExpectations(checked, trace, verdicts);
  if (played.failure !== null) {
    expectations.push({
      description: 'the system answers every command with a result',
      ok: false,
      expected: 'a result value (accepted, refused or invalid)',
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

function play(
  scenario: Scenario,
  factory: SystemFactory,
  options: SystemOptions,
): { trace: Trace; failure: SystemFailure | null } {
  try {
    return { trace: playScript(factory, scenario.world, scenario.script, options), failure: null };
  } catch (error) {
    if (!(error instanceof SystemFailure)) throw error;
    const trace: Trace = error.partialTrace ?? {
      system: error.system,
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
    return { trace, failure: error };
  }
}

/** The pre-flight advice (ADV-1..5) for the script's first start-move, if it has one. */
function adviceFor(scenario: Scenario): readonly Advice[] {
  const start = scenario.script.find((command) => command.type === 'start-move');
  if (start === undefined) return [];
  return preflight(scenario.world, { channelId: start.channelId, history: start.history });
}
