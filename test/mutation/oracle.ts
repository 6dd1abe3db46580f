import type { Policies, SyncSystemFactory } from '../../domain/index.ts';
import { exploreOptions, runIndexes, runSeed } from '../../explore/index.ts';
import { runScenario, SystemFailure } from '../../harness/index.ts';
import type { Scenario } from '../../harness/index.ts';

/**
 * The oracle of the mutation run (docs/MUTATION.md): what the rule checkers say about a system, and
 * nothing else. Scenario `expect:` blocks and the reference's own unit tests are deliberately left
 * out, so a mutant counts as killed only when a rule verdict (or a crash, reported apart) catches it.
 */

/** Why a system failed the oracle on one scenario or run; null when every rule passed. */
export type OracleFailure = { readonly kind: 'violated' | 'crashed'; readonly message: string } | null;

/** Plays one built-in scenario (INV-5 included, as `run` does) and reads only its rule verdicts. */
export function judgeScenario(scenario: Scenario, factory: SyncSystemFactory): OracleFailure {
  const { result } = runScenario(scenario, { factory });
  const violated = result.verdicts.filter((v) => v.status === 'violated').map((v) => v.ruleId);
  if (violated.length > 0)
    return { kind: 'violated', message: `${violated.join(', ')} violated in scenario ${scenario.ref.id}` };
  // runScenario turns a throw into a failed expectation; it is the only expectation read here.
  const crash = result.expectations.find((e) => !e.ok && e.description.startsWith('the system answers'));
  if (crash !== undefined)
    return { kind: 'crashed', message: `system crashed in scenario ${scenario.ref.id}: ${crash.actual}` };
  return null;
}

/**
 * Plays explore's default runs `from` (inclusive) to `to` (exclusive) — default seed, focus and
 * knobs, so run k is exactly run k of `explore` with no options — without shrinking (the first
 * violation is enough to kill a mutant, and shrinking would only cost time).
 */
export function judgeExploreRuns(
  factory: SyncSystemFactory,
  from: number,
  to: number,
  policies: Partial<Policies> = {},
): OracleFailure {
  const options = { ...exploreOptions({ policies }), shrink: false, maxFailures: 1 };
  const pinned = Object.entries(policies)
    .map(([id, value]) => ` --policy ${id}=${value}`)
    .join('');
  for (let k = from; k < to; k++) {
    let violated: readonly string[];
    try {
      const failure = runIndexes(factory, options, [k])[0]?.failure;
      violated = failure?.violated ?? [];
      // A system failure is a failing run: with the rule it broke (INV-8 for a request it did not
      // answer) a violation, else a crash — never a pass.
      if (failure?.systemFailure !== undefined && violated.length === 0)
        return {
          kind: 'crashed',
          message: `system crashed in explore run ${k} (seed ${options.seed}${pinned}): ${failure.systemFailure}`,
        };
    } catch (error) {
      if (!(error instanceof SystemFailure)) throw error;
      return {
        kind: 'crashed',
        message: `system crashed in explore run ${k} (seed ${options.seed}${pinned}): ${error.message}`,
      };
    }
    if (violated.length > 0)
      return {
        kind: 'violated',
        message: `${violated.join(', ')} violated in explore run ${k} (seed ${options.seed}; replay: explore --seed ${runSeed(options.seed, k)} --runs 1${pinned})`,
      };
  }
  return null;
}
