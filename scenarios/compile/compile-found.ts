import { InputError, validateWorld, type Script, type World } from '../../domain/index.ts';
import type { FoundInput } from '../schema/found-schema.ts';

/**
 * The world and script of a saved counterexample, verbatim. The world must pass the domain's
 * `validateWorld` (one InputError naming the first problem); commands were checked by type only,
 * since a counterexample may hold commands a system must answer `invalid` (unknown IDs).
 */
export function compileFound(found: FoundInput, fileName: string): { world: World; script: Script } {
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
  return { world, script: found.script as unknown as Script };
}
