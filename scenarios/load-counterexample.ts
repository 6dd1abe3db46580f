import { InputError, validateWorld, type Script, type World } from '../domain/index.ts';
import type { CounterexampleOrigin } from '../harness/scenario.ts';
import type { FoundInput } from './schema/found-schema.ts';

/** What a `found:` block makes of a scenario: its world and script, and where it was found. */
export interface LoadedCounterexample {
  readonly world: World;
  readonly script: Script;
  readonly found: CounterexampleOrigin;
}

/**
 * The counterexample format: a scenario file saved by `explore` (explore/counterexample-file.ts
 * writes it) whose `found:` block (schema/found-schema.ts) holds the system, seed, fast-check path
 * and replay command, and the exact world and script the run shrank to, verbatim rather than in
 * the hand-written shorthand. Its id, title, targets, profile, policies and `expect:` are read as
 * any scenario's (load.ts); the `found:` block replaces the world and script fields.
 *
 * The world must pass the domain's `validateWorld` (one InputError naming the first problem);
 * commands were checked by type only, since a counterexample may hold commands a system must
 * answer `invalid` (unknown IDs).
 */
export function loadCounterexample(found: FoundInput, fileName: string): LoadedCounterexample {
  const world = found.world as unknown as World;
  const problem = validateWorld(world)[0];
  if (problem !== undefined) {
    throw new InputError(
      'SCENARIO_SCHEMA',
      fileName,
      `found.world.${problem.path}`,
      problem.expected,
      problem.found,
    );
  }
  return {
    world,
    script: found.script as unknown as Script,
    found: {
      system: found.system,
      seed: found.seed,
      path: found.path,
      replay: found.replay ?? null,
      ...(found.systemFailure === undefined ? {} : { systemFailure: found.systemFailure }),
    },
  };
}
