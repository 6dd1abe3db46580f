import type { Arbitrary } from 'fast-check';
import fc from 'fast-check';
import type { Policies, Script, World } from '../../domain/index.ts';
import { resolveScript } from './resolve-script.ts';
import { scriptSpecsArbitrary } from './script-arbitrary.ts';
import { DEFAULT_SCRIPT_CONSTRAINTS, type ScriptConstraints } from './script-constraints.ts';
import { worldArbitrary } from './world-arbitrary.ts';
import type { WorldConstraints } from './world-constraints.ts';

/** Plain-data bounds of `scenarioArbitrary`: print them with fast-check's seed and path to replay a failure. */
export interface ScenarioConstraints {
  readonly world?: Partial<WorldConstraints>;
  readonly script?: Partial<ScriptConstraints>;
}

/** A generated world and a script over it (not a scenario file: that is the harness's `Scenario`). */
export interface GeneratedScenario {
  readonly world: World;
  readonly script: Script;
  /**
   * Policies drawn for this scenario (explore draws some per run); they override the options it is
   * played with. Absent: the options' policies as they are.
   */
  readonly policies?: Partial<Policies>;
}

/**
 * A world and a command script over its IDs. The script is drawn as specs whose references are
 * naturals, resolved modulo the world's lists (`resolveScript`), not chained on the world: when
 * shrinking removes a user, channel or conversation, the same commands are re-aimed at what is
 * left instead of a new script being drawn, so the world shrinks as readily as the script (and
 * each shrink attempt keeps the failure far more often, which makes shrinking cheap). Rebuilding
 * with the same constraints and running with `{ seed, path }` replays a failure.
 */
export function scenarioArbitrary(constraints: ScenarioConstraints = {}): Arbitrary<GeneratedScenario> {
  const script: ScriptConstraints = { ...DEFAULT_SCRIPT_CONSTRAINTS, ...constraints.script };
  return fc
    .tuple(worldArbitrary(constraints.world), scriptSpecsArbitrary(script))
    .map(([world, specs]) => ({ world, script: resolveScript(world, specs, script.unknownIds) }));
}
