import { validateWorld, type Script, type World } from '../domain/index.ts';
import type { CounterexampleOrigin } from '../harness/scenario.ts';
import { counterexampleIssues } from './compile/world-problems.ts';
import type { Issue } from './scenario-issue.ts';
import type { CounterexampleInput } from './schema/counterexample-schema.ts';

/** What a `found:` block makes of a scenario: its world and script, and where it was found. */
export interface LoadedCounterexample {
  readonly world: World;
  readonly script: Script;
  readonly found: CounterexampleOrigin;
}

/**
 * The counterexample format: a scenario file saved by `explore` (explore/counterexample-file.ts
 * writes it) whose `found:` block (schema/counterexample-schema.ts) holds the system, seed, fast-check path
 * and replay command, and the exact world and script the run shrank to, verbatim rather than in
 * the hand-written shorthand. Its id, title, targets, profile, policies and `expect:` are read as
 * any scenario's (load.ts); the `found:` block replaces the world and script fields.
 *
 * The world must pass the domain's `validateWorld`: its problems are given to `raise` at once, each
 * at its path under `found.world` (the world is written verbatim, so the paths are the file's);
 * commands were checked by type only, since a counterexample may hold commands a system must
 * answer `invalid` (unknown IDs).
 */
export function loadCounterexample(
  found: CounterexampleInput,
  raise: (issues: readonly Issue[]) => void,
): LoadedCounterexample {
  const world = found.world as unknown as World;
  raise(counterexampleIssues(validateWorld(world)));
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
