import fc from 'fast-check';
import { POLICY_VALUES, type Policies, type PolicyId } from '../domain/index.ts';
import { brokenScenario } from './_broken.ts';
import { ASPECTS, eligibleScenario } from './_eligible.ts';
import { SITUATIONS, withSituation, type Situation, type SituationDraw } from './situations.ts';
import { scenarioArbitrary, type GeneratedScenario, type ScenarioConstraints } from '../generators/index.ts';

/**
 * Unbiased, about one run in thirty starts a move, and only a started move exercises the MOVE,
 * HIST and NEW rules. Under focus `moves`, of every 16 runs: 4 get an eligible account and an
 * acceptable opening move (`eligibleScenario`); 2 get the same but for one aspect (actor, channel,
 * entry point, statuses, tier or beta) left as generated, and 2 with that aspect made wrong
 * (`brokenScenario`), so that a request breaking exactly one rule is common; 7 get an acceptable
 * opening reshaped into one of the SITUATIONS a random script almost never reaches (a WhatsApp or
 * Messenger chatflow, a second move while one runs, two moves of very different sizes, a crash and
 * restart mid-move, a conversation or a reply delivered twice, conversations closed, reopened and
 * reassigned mid-move, a form thread continued over email); 1 is left as generated.
 */
export const FOCUS_SHARES = {
  eligible: 4,
  oneAspect: 2,
  oneRuleBroken: 2,
  situation: 7,
  asGenerated: 1,
} as const;

/** Exploration focus: `moves` biases runs toward accepted moves; `any` is `scenarioArbitrary` as is. */
export type Focus = 'moves' | 'any';
export const FOCUSES: readonly Focus[] = ['moves', 'any'];

const TOTAL = Object.values(FOCUS_SHARES).reduce((sum, share) => sum + share, 0);

/** How a situation is drawn and placed; every field shrinks toward the simplest (the first situation, 0, false). */
export function situationDrawArbitrary(
  situations: readonly Situation[] = SITUATIONS,
): fc.Arbitrary<SituationDraw> {
  return fc.record({
    situation: fc.constantFrom(...situations),
    at: fc.nat({ max: 63 }),
    // Up to 1.5 s: the reference worker moves the generator's small channels in about 1.3 to 1.6 s,
    // so a crash after this advance usually finds a conversation in flight.
    ms: fc.integer({ min: 1, max: 1_500 }),
    // Up to 250 more conversations: much bigger than the generator's worlds, still fast to move.
    bulk: fc.nat({ max: 250 }),
    flip: fc.boolean(),
  });
}

/**
 * The open questions each run draws its own answer to (`ExploreOptions.drawnPolicies`), so that one
 * exploration judges the rules under both values; each shrinks toward its default (listed first).
 * Always drawn, whichever are used, so a run's path means the same with any `--policy`.
 */
export const DRAWABLE_POLICIES = ['OPEN-8', 'OPEN-9'] as const satisfies readonly PolicyId[];

const policyDraws = fc.record({
  'OPEN-8': fc.constantFrom(...POLICY_VALUES['OPEN-8']),
  'OPEN-9': fc.constantFrom(...POLICY_VALUES['OPEN-9']),
});

/** The drawn values of the policies in `drawn` (the others stay as the exploration's options say). */
function runPolicies(values: Partial<Policies>, drawn: readonly PolicyId[]): Partial<Policies> {
  return Object.fromEntries(drawn.flatMap((id) => (values[id] === undefined ? [] : [[id, values[id]]])));
}

/**
 * The arbitrary an exploration draws from: `scenarioArbitrary(constraints)`, biased by `focus`, with
 * the policies in `drawn` drawn per run (`GeneratedScenario.policies`).
 */
export function explorationArbitrary(
  constraints: ScenarioConstraints,
  focus: Focus,
  drawn: readonly PolicyId[] = [],
): fc.Arbitrary<GeneratedScenario> {
  // The policies last, so that the scenarios drawn at each seed do not depend on them.
  return fc.tuple(biasedArbitrary(constraints, focus), policyDraws).map(([scenario, values]) => {
    const policies = runPolicies(values, drawn);
    return Object.keys(policies).length === 0 ? scenario : { ...scenario, policies };
  });
}

function biasedArbitrary(constraints: ScenarioConstraints, focus: Focus): fc.Arbitrary<GeneratedScenario> {
  const base = scenarioArbitrary(constraints);
  if (focus === 'any') return base;
  const { eligible, oneAspect, oneRuleBroken, situation } = FOCUS_SHARES;
  // The scenario first, so that shrinking works on it before the (already minimal) bias draws.
  // Every bias is a pure function of drawn values (`.map`), so seed and path replay a run.
  return fc
    .tuple(
      base,
      fc.nat({ max: TOTAL - 1 }),
      fc.constantFrom(...ASPECTS),
      situationDrawArbitrary(),
      // 0 (where shrinking goes) leaves the script as it is: a counterexample keeps only the clock it needs.
      fc.nat({ max: 9 }),
    )
    .map(([scenario, draw, aspect, shape, idle]) => {
      const untilIdle = (x: GeneratedScenario): GeneratedScenario => (idle === 0 ? x : endIdle(x));
      const [e, a, b, s] = [eligible, oneAspect, oneRuleBroken, situation];
      if (draw < e) return untilIdle(eligibleScenario(scenario));
      if (draw < e + a) return untilIdle(eligibleScenario(scenario, aspect));
      if (draw < e + a + b) return untilIdle(brokenScenario(scenario, aspect, shape.flip));
      if (draw < e + a + b + s) return untilIdle(withSituation(eligibleScenario(scenario), shape));
      return scenario;
    });
}

/**
 * The script ending with a `run-until-idle`, so that an accepted move has the clock it needs to
 * complete within the run and MOVE-1's liveness can be judged (a random script's last advance is
 * usually far too short). Nine runs in ten of the biased ones get it; the tenth keeps the script's
 * own clock, so that moves stopped midway (and what is judged there) stay common.
 */
function endIdle(scenario: GeneratedScenario): GeneratedScenario {
  const last = scenario.script[scenario.script.length - 1];
  if (last?.type === 'run-until-idle' && last.maxMs === undefined) return scenario;
  return { ...scenario, script: [...scenario.script, { type: 'run-until-idle' }] };
}
