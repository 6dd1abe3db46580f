import fc from 'fast-check';
import { ASPECTS, eligibleScenario } from './_eligible.ts';
import { SITUATIONS, withSituation, type Situation, type SituationDraw } from './_situations.ts';
import { scenarioArbitrary, type Scenario, type ScenarioConstraints } from '../generators/index.ts';

/**
 * Unbiased, about one run in thirty starts a move, and only a started move exercises the MOVE,
 * HIST and NEW rules. Under focus `moves`, of every 16 runs: 6 get an eligible account and an
 * acceptable opening move (`eligibleScenario`); 3 get the same but for one aspect (actor, channel,
 * entry point, statuses, tier or beta) left as generated, so that a request breaking exactly one
 * ELIG rule is common; 6 get an acceptable opening reshaped into one of the SITUATIONS a random
 * script almost never reaches (a WhatsApp/Messenger chatflow, a second move, two moves of
 * different sizes, a crash and restart mid-move, a conversation or a reply delivered twice); 1 is
 * left as generated.
 */
export const FOCUS_SHARES = { eligible: 6, oneAspect: 3, situation: 6, asGenerated: 1 } as const;

/** Exploration focus: `moves` biases runs toward accepted moves; `any` is `scenarioArbitrary` as is. */
export type Focus = 'moves' | 'any';
export const FOCUSES: readonly Focus[] = ['moves', 'any'];

const TOTAL =
  FOCUS_SHARES.eligible + FOCUS_SHARES.oneAspect + FOCUS_SHARES.situation + FOCUS_SHARES.asGenerated;

/** How a situation is drawn and placed; every field shrinks toward the simplest (the first situation, 0, false). */
export function situationDrawArbitrary(
  situations: readonly Situation[] = SITUATIONS,
): fc.Arbitrary<SituationDraw> {
  return fc.record({
    situation: fc.constantFrom(...situations),
    at: fc.nat({ max: 63 }),
    // Up to a few seconds: the reference worker processes a small channel in about 1.3 s.
    ms: fc.integer({ min: 1, max: 2_500 }),
    // Up to 250 more conversations: much bigger than the generator's worlds, still fast to move.
    bulk: fc.nat({ max: 250 }),
    flip: fc.boolean(),
  });
}

/** The arbitrary an exploration draws from: `scenarioArbitrary(constraints)`, biased by `focus`. */
export function explorationArbitrary(constraints: ScenarioConstraints, focus: Focus): fc.Arbitrary<Scenario> {
  const base = scenarioArbitrary(constraints);
  if (focus === 'any') return base;
  const { eligible, oneAspect, situation } = FOCUS_SHARES;
  // The scenario first, so that shrinking works on it before the (already minimal) bias draws.
  // Every bias is a pure function of drawn values (`.map`), so seed and path replay a run.
  return fc
    .tuple(base, fc.nat({ max: TOTAL - 1 }), fc.constantFrom(...ASPECTS), situationDrawArbitrary())
    .map(([scenario, draw, aspect, shape]) => {
      if (draw < eligible) return eligibleScenario(scenario);
      if (draw < eligible + oneAspect) return eligibleScenario(scenario, aspect);
      if (draw < eligible + oneAspect + situation) return withSituation(eligibleScenario(scenario), shape);
      return scenario;
    });
}
