import type { Policies, PolicyId } from '../../domain/index.ts';
import { DEFAULT_POLICIES, POLICY_IDS, POLICY_VALUES } from '../../domain/index.ts';
import { DEFAULT_EXPLORE_OPTIONS } from '../../explore/explore-options.ts';

/** One non-default answer to an open question, and the policies that pin it. */
export interface SweptPolicy {
  readonly id: PolicyId;
  readonly value: string;
  readonly policies: Partial<Policies>;
}

/**
 * The open questions explore does not draw per run (`drawnPolicies`), each with its non-default
 * values: default runs play only the suggested answer, so the oracle plays each other answer too
 * (docs/MUTATION.md, "What runs"), with that one policy pinned and the others at their defaults.
 * Its own module, clear of machines/, so that the oracle's test can list its tests without loading
 * the reference (oracle.test.ts).
 */
export function policySweep(): SweptPolicy[] {
  const drawn: readonly PolicyId[] = DEFAULT_EXPLORE_OPTIONS.drawnPolicies;
  return POLICY_IDS.filter((id) => !drawn.includes(id)).flatMap((id) =>
    (POLICY_VALUES[id] as readonly string[])
      .filter((value) => value !== DEFAULT_POLICIES[id])
      .map((value) => ({ id, value, policies: { [id]: value } })),
  );
}
