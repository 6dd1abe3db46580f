import fc from 'fast-check';
import type {
  Channel,
  Command,
  Policies,
  ProfileId,
  RuleId,
  SystemOptions,
  Trace,
  Verdict,
} from '../../domain/index.ts';
import { POLICY_VALUES, PROFILE_IDS, PROFILES } from '../../domain/index.ts';
import type { GeneratedScenario } from '../../generators/index.ts';
import { scenarioArbitrary } from '../../generators/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { checkTrace, compareTraces } from '../../rules/index.ts';
import { playScript } from '../../harness/index.ts';

/** Every OPEN-n policy drawn independently from its values, so each value meets every other. */
export const policiesArbitrary: fc.Arbitrary<Policies> = fc.record({
  'OPEN-1': fc.constantFrom(...POLICY_VALUES['OPEN-1']),
  'OPEN-2': fc.constantFrom(...POLICY_VALUES['OPEN-2']),
  'OPEN-3': fc.constantFrom(...POLICY_VALUES['OPEN-3']),
  'OPEN-4': fc.constantFrom(...POLICY_VALUES['OPEN-4']),
  'OPEN-5': fc.constantFrom(...POLICY_VALUES['OPEN-5']),
  'OPEN-6': fc.constantFrom(...POLICY_VALUES['OPEN-6']),
  'OPEN-7': fc.constantFrom(...POLICY_VALUES['OPEN-7']),
  'OPEN-8': fc.constantFrom(...POLICY_VALUES['OPEN-8']),
  'OPEN-9': fc.constantFrom(...POLICY_VALUES['OPEN-9']),
});

export const profileArbitrary: fc.Arbitrary<ProfileId> = fc.constantFrom(...PROFILE_IDS);

function movable(channel: Channel, profile: ProfileId): boolean {
  const rules = PROFILES[profile];
  if (!rules.movableKinds.includes(channel.kind)) return false;
  if (channel.surface === 'whatsapp' || channel.surface === 'messenger') return false;
  return !(
    channel.kind === 'email' &&
    channel.emailAddressKind === 'fallback' &&
    !rules.fallbackEmailMovable
  );
}

/**
 * Random scenarios are mostly refused at the door (tier, beta, actor, channel kind...), so few
 * reach a move. This makes the opening start-move eligible in `profile` when the world allows it
 * (a Pro account in the beta, a Super Admin, a movable channel from its entry point, pipeline
 * statuses), keeping everything after it random — so moves, arrivals mid-move, crashes and
 * policies are exercised far more often. Built with `map`, so it still shrinks.
 */
export function eligibleScenario(scenario: GeneratedScenario, profile: ProfileId): GeneratedScenario {
  const [first, ...rest] = scenario.script;
  const { world } = scenario;
  const actor = world.users.find((user) => user.superAdmin);
  const channel = world.channels.find((c) => c.location === 'inbox' && movable(c, profile));
  if (first?.type !== 'start-move' || actor === undefined || channel === undefined) return scenario;
  const statuses = world.account.pipeline.statuses;
  const opening: Command = {
    ...first,
    actorId: actor.id,
    channelId: channel.id,
    entryPoint: channel.kind === 'chatflow' ? 'chatflows-list' : 'inbox-settings',
    history:
      first.history.kind === 'none'
        ? first.history
        : { kind: 'all', openStatus: statuses[0], closedStatus: statuses[statuses.length - 1] },
  };
  return {
    world: { ...world, account: { ...world.account, tier: 'pro', helpDeskBeta: true } },
    script: [opening, ...rest],
  };
}

/**
 * Plays a generated scenario on the reference system and judges it with every checker; INV-5
 * (determinism) by playing it a second time and comparing the traces, as the scenario runner does.
 */
export function judge(
  scenario: GeneratedScenario,
  options: SystemOptions,
): { trace: Trace; verdicts: Verdict[] } {
  const play = (): Trace => playScript(createReferenceSystem, scenario.world, scenario.script, options);
  const trace = play();
  const inv5 = compareTraces(trace, play());
  return { trace, verdicts: checkTrace(trace).map((v) => (v.ruleId === 'INV-5' ? inv5 : v)) };
}

/** A violated verdict in a few words: rule, count, first finding. */
export function describeViolation(verdict: Verdict): string {
  if (verdict.status !== 'violated') return `${verdict.ruleId} ${verdict.status}`;
  const first = verdict.findings[0];
  return first === undefined
    ? `${verdict.ruleId} violated (${verdict.count})`
    : `${verdict.ruleId} violated (${verdict.count}): expected ${first.expected}, actual ${first.actual}, ` +
        JSON.stringify(first.subjects);
}

/**
 * How many of `runs` random scenarios (random profile and policies, fixed seed; with `eligible`,
 * an eligible opening move) each rule passed in: the rules never reached show up as zero.
 */
export function passCounts(runs: number, seed: number, eligible = false): Map<RuleId, number> {
  const counts = new Map<RuleId, number>();
  const samples = fc.sample(fc.tuple(scenarioArbitrary(), profileArbitrary, policiesArbitrary), {
    numRuns: runs,
    seed,
  });
  for (const [generated, profile, policies] of samples) {
    const scenario = eligible ? eligibleScenario(generated, profile) : generated;
    for (const verdict of judge(scenario, { profile, policies }).verdicts) {
      if (verdict.status === 'pass') counts.set(verdict.ruleId, (counts.get(verdict.ruleId) ?? 0) + 1);
    }
  }
  return counts;
}
