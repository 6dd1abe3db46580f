import {
  DEFAULT_POLICIES,
  DEFAULT_PROFILE,
  type Policies,
  type PolicyId,
  type ProfileId,
  type SystemOptions,
} from '../domain/index.ts';
import type { GeneratedScenario, ScenarioConstraints } from '../generators/index.ts';
import type { PlayLimits } from '../harness/index.ts';
import { DRAWABLE_POLICIES, type Focus } from './exploration-arbitrary.ts';
import { WHOLE, type Shard } from './seeding.ts';

/**
 * Everything an exploration needs, as plain data (JSON-serialisable) so that it can be sent to a
 * worker thread, printed beside a failure, and rebuilt to replay it.
 */
export interface ExploreOptions {
  /**
   * Runs in all (across shards and workers). @default 1000 — every known-bad system is caught within
   * it from the default seed (the slowest at run ~260), and a clean system plays 1,000 runs in ~1.5 s.
   */
  readonly runs: number;
  /** Wall-clock budget in ms; the exploration stops early when it is spent (not reproducible). */
  readonly timeLimitMs: number | null;
  /** @default 42 */
  readonly seed: number;
  /** fast-check replay path of one run: with it, only run `seed` is played, along this path. */
  readonly path: string | null;
  /** The world and script constraints of `scenarioArbitrary`. */
  readonly constraints: ScenarioConstraints;
  /** `moves` (default) biases runs toward accepted moves (FOCUS_SHARES), so MOVE/HIST rules are exercised. */
  readonly focus: Focus;
  /** `reference` or the module path of a SystemFactory (as given on the command line). */
  readonly system: string;
  readonly systemOptions: SystemOptions;
  /**
   * Open questions whose answer each run draws for itself (`DRAWABLE_POLICIES`), so that one
   * exploration judges the rules under both values; those fixed by `policies` (`--policy`) are not
   * drawn. @default OPEN-8 and OPEN-9
   */
  readonly drawnPolicies: readonly PolicyId[];
  /** How long one call of an async system may take (`--step-timeout`); absent: the default. */
  readonly limits?: PlayLimits;
  readonly shard: Shard;
  /** Stop after this many failing runs. @default 1 */
  readonly maxFailures: number;
  /** Shrink counterexamples (fast-check's `endOnFailure: false`). @default true */
  readonly shrink: boolean;
}

/** The defaults: the seed and size at which every known-bad system must be caught. */
export const DEFAULT_EXPLORE_OPTIONS: ExploreOptions = {
  runs: 1_000,
  timeLimitMs: null,
  seed: 42,
  path: null,
  constraints: {},
  focus: 'moves',
  system: 'reference',
  systemOptions: { policies: DEFAULT_POLICIES, profile: DEFAULT_PROFILE },
  drawnPolicies: DRAWABLE_POLICIES,
  shard: WHOLE,
  maxFailures: 1,
  shrink: true,
};

/** Defaults filled in; policies merged over the defaults (and no longer drawn per run). */
export function exploreOptions(
  partial: Partial<Omit<ExploreOptions, 'systemOptions'>> & {
    readonly policies?: Partial<Policies>;
    readonly profile?: ProfileId;
  } = {},
): ExploreOptions {
  const { policies, profile, ...rest } = partial;
  const drawn = rest.drawnPolicies ?? DEFAULT_EXPLORE_OPTIONS.drawnPolicies;
  return {
    ...DEFAULT_EXPLORE_OPTIONS,
    ...rest,
    drawnPolicies: drawn.filter((id) => policies?.[id] === undefined),
    systemOptions: {
      policies: { ...DEFAULT_POLICIES, ...policies },
      profile: profile ?? DEFAULT_PROFILE,
    },
  };
}

/** The options one run is played with: the exploration's, with the policies the run drew. */
export function runSystemOptions(options: ExploreOptions, scenario: GeneratedScenario): SystemOptions {
  const drawn = scenario.policies;
  if (drawn === undefined) return options.systemOptions;
  return { ...options.systemOptions, policies: { ...options.systemOptions.policies, ...drawn } };
}
