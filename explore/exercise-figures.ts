import fc from 'fast-check';
import type { RuleId, SystemFactory } from '../domain/index.ts';
import type { Scenario } from '../generators/index.ts';
import { checkTrace, compareTraces } from '../rules/index.ts';
import { playScript } from '../scenarios/index.ts';
import type { ExploreOptions } from './explore-options.ts';
import { explorationArbitrary } from './exploration-arbitrary.ts';
import { runSeed } from './seeding.ts';

/** How well an exploration's runs exercise the rules, and give accepted moves the clock to finish. */
export interface ExerciseFigures {
  readonly runs: number;
  /** Runs in which each rule's verdict was `pass` or `violated` (not not-exercised / not-applicable). */
  readonly exercised: ReadonlyMap<RuleId, number>;
  readonly acceptedMoves: number;
  /** Accepted moves whose channel is in help desk in the world after the run. */
  readonly completedMoves: number;
}

/**
 * Plays run k = 0..runs-1 of an exploration exactly as `explore` draws it (seed `runSeed(seed, k)`,
 * first value of a one-run check, no shrinking) and counts, per rule, the runs that exercised it.
 */
export function exerciseFigures(
  factory: SystemFactory,
  options: ExploreOptions,
  runs: number,
): ExerciseFigures {
  const arbitrary = explorationArbitrary(options.constraints, options.focus);
  const exercised = new Map<RuleId, number>();
  let acceptedMoves = 0;
  let completedMoves = 0;
  for (let k = 0; k < runs; k++) {
    let drawn: Scenario | undefined;
    fc.check(
      fc.property(arbitrary, (scenario) => {
        drawn ??= scenario;
        return true;
      }),
      { seed: runSeed(options.seed, k), numRuns: 1 },
    );
    if (drawn === undefined) continue;
    const trace = playScript(factory, drawn.world, drawn.script, options.systemOptions);
    const again = playScript(factory, drawn.world, drawn.script, options.systemOptions);
    const verdicts = [...checkTrace(trace).filter((v) => v.ruleId !== 'INV-5'), compareTraces(trace, again)];
    for (const v of verdicts) {
      if (v.status === 'pass' || v.status === 'violated')
        exercised.set(v.ruleId, (exercised.get(v.ruleId) ?? 0) + 1);
    }
    for (const step of trace.steps) {
      if (step.command.type !== 'start-move' || step.result.status !== 'accepted') continue;
      acceptedMoves += 1;
      const channelId = step.command.channelId;
      if (trace.after.channels.find((c) => c.id === channelId)?.location === 'help-desk') completedMoves += 1;
    }
  }
  return { runs, exercised, acceptedMoves, completedMoves };
}
