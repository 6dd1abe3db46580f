import type { Arbitrary } from 'fast-check';
import type { Script, World } from '../../domain/index.ts';
import { scriptArbitrary } from './script-arbitrary.ts';
import type { ScriptConstraints } from './script-constraints.ts';
import { worldArbitrary } from './world-arbitrary.ts';
import type { WorldConstraints } from './world-constraints.ts';

/** Plain-data bounds of `scenarioArbitrary`: print them with fast-check's seed and path to replay a failure. */
export interface ScenarioConstraints {
  readonly world?: Partial<WorldConstraints>;
  readonly script?: Partial<ScriptConstraints>;
}

/** A world and a script over it. */
export interface Scenario {
  readonly world: World;
  readonly script: Script;
}

/**
 * A world and a command script over its IDs (`fc.chain`): the world shrinks first, then the
 * script. Rebuilding with the same constraints and running with `{ seed, path }` replays a failure.
 */
export function scenarioArbitrary(constraints: ScenarioConstraints = {}): Arbitrary<Scenario> {
  return worldArbitrary(constraints.world).chain((world) =>
    scriptArbitrary(world, constraints.script).map((script) => ({ world, script })),
  );
}
