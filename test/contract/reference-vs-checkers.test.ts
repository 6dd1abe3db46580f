import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Policies } from '../../domain/index.ts';
import { POLICY_IDS, POLICY_VALUES, PROFILE_IDS } from '../../domain/index.ts';
import { scenarioArbitrary } from '../../generators/index.ts';
import { describeViolation, eligibleScenario, judge, policiesArbitrary } from './_random-runs.ts';

/**
 * Runs per rule profile and kind of opening: 5 profiles × 2 × 300 = 3,000 random scripts. Half
 * open with whatever move the generator drew (mostly refused at the door), half with that move
 * made eligible, so that moves, arrivals, crashes and policies are reached often.
 */
const RUNS_PER_PROFILE = 300;
/** Fixed, so a failure replays; fast-check prints the seed and path of the shrunk counterexample. */
const SEED = 20_240_412;

/**
 * The contract between the two independent readings of docs/SEMANTICS.md: whatever a random script
 * does to a random world, under any rule profile and any OPEN-n policies, the reference system
 * (machines/) never does what a checker (rules/) calls a violation.
 */
describe('the reference system never violates a rule checker', () => {
  for (const [i, profile] of PROFILE_IDS.entries()) {
    for (const eligible of [false, true]) {
      const opening = eligible ? 'eligible opening move' : 'random opening move';
      it(`profile ${profile}, ${opening}: ${RUNS_PER_PROFILE} random scripts and policies, nothing violated`, () => {
        const seen = new Set<string>();
        fc.assert(
          fc.property(scenarioArbitrary(), policiesArbitrary, (generated, policies: Policies) => {
            for (const id of POLICY_IDS) seen.add(`${id}=${policies[id]}`);
            const scenario = eligible ? eligibleScenario(generated, profile) : generated;
            const violated = judge(scenario, { profile, policies }).verdicts.filter(
              (verdict) => verdict.status === 'violated',
            );
            if (violated.length > 0) throw new Error(violated.map(describeViolation).join('\n'));
          }),
          { numRuns: RUNS_PER_PROFILE, seed: SEED + 2 * i + (eligible ? 1 : 0) },
        );
        // Every value of every OPEN-n policy was played under this profile.
        const all = POLICY_IDS.flatMap((id) => POLICY_VALUES[id].map((value) => `${id}=${value}`));
        expect(all.filter((value) => !seen.has(value))).toEqual([]);
      });
    }
  }
});
