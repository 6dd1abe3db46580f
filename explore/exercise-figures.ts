import fc from 'fast-check';
import type { RuleId, SyncSystemFactory } from '../domain/index.ts';
import type { GeneratedScenario } from '../generators/index.ts';
import { checkTrace, compareTraces } from '../rules/index.ts';
import { playScript } from '../harness/index.ts';
import { runSystemOptions, type ExploreOptions } from './explore-options.ts';
import { explorationArbitrary } from './exploration-arbitrary.ts';
import { runSeed } from './seeding.ts';

/** How well an exploration's runs exercise the rules, and give accepted moves the clock to finish. */
export interface ExerciseFigures {
  readonly runs: number;
  /** Runs in which each rule's verdict was `pass` or `violated` (not not-exercised / not-applicable). */
  readonly exercised: ReadonlyMap<RuleId, number>;
  /**
   * For each policy the runs draw (`drawnPolicies`): runs that exercised the rule of the same ID
   * under each value, keyed `OPEN-8=at-create-date`.
   */
  readonly exercisedUnder: ReadonlyMap<string, number>;
  readonly acceptedMoves: number;
  /** Accepted moves whose channel is in help desk in the world after the run. */
  readonly completedMoves: number;
}

/**
 * Plays run k = 0..runs-1 of an exploration exactly as `explore` draws it (seed `runSeed(seed, k)`,
 * first value of a one-run check, no shrinking) and counts, per rule, the runs that exercised it.
 */
export function exerciseFigures(
  factory: SyncSystemFactory,
  options: ExploreOptions,
  runs: number,
): ExerciseFigures {
  const arbitrary = explorationArbitrary(options.constraints, options.focus, options.drawnPolicies);
  const exercised = new Map<RuleId, number>();
  const exercisedUnder = new Map<string, number>();
  let acceptedMoves = 0;
  let completedMoves = 0;
  for (let k = 0; k < runs; k++) {
    let drawn: GeneratedScenario | undefined;
    fc.check(
      fc.property(arbitrary, (scenario) => {
        drawn ??= scenario;
        return true;
      }),
      { seed: runSeed(options.seed, k), numRuns: 1 },
    );
    if (drawn === undefined) continue;
    const systemOptions = runSystemOptions(options, drawn);
    const trace = playScript(factory, drawn.world, drawn.script, systemOptions);
    const again = playScript(factory, drawn.world, drawn.script, systemOptions);
    const verdicts = [...checkTrace(trace).filter((v) => v.ruleId !== 'INV-5'), compareTraces(trace, again)];
    for (const v of verdicts) {
      if (v.status !== 'pass' && v.status !== 'violated') continue;
      exercised.set(v.ruleId, (exercised.get(v.ruleId) ?? 0) + 1);
      const drawn = options.drawnPolicies.find((id) => id === v.ruleId);
      if (drawn === undefined) continue;
      const key = `${drawn}=${systemOptions.policies[drawn]}`;
      exercisedUnder.set(key, (exercisedUnder.get(key) ?? 0) + 1);
    }
    for (const step of trace.steps) {
      if (step.command.type !== 'start-move' || step.result.status !== 'accepted') continue;
      acceptedMoves += 1;
      const channelId = step.command.channelId;
      if (trace.after.channels.find((c) => c.id === channelId)?.location === 'help-desk') completedMoves += 1;
    }
  }
  return { runs, exercised, exercisedUnder, acceptedMoves, completedMoves };
}
