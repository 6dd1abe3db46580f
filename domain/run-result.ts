import type { Advice } from './advice.ts';
import type { EventType } from './events.ts';
import type { RuleId } from './rule-ids.ts';
import type { SystemOptions } from './system.ts';
import type { SimTime } from './time.ts';
import type { Verdict } from './verdict.ts';

export interface ScenarioRef {
  readonly id: string;
  readonly title: string;
  /** The scenario file, relative to the working directory; null for generated runs. */
  readonly file: string | null;
  /** The rule IDs the scenario says it exercises. */
  readonly targets: readonly RuleId[];
}

/** A scenario's own expectation (a refusal by rule ID, a count, an outcome) and whether it held. */
export interface ExpectationResult {
  readonly description: string;
  readonly ok: boolean;
  readonly expected: string;
  readonly actual: string;
}

/** A condensed event or command for the timeline of a move (capped in length by the runner). */
export interface TimelineEntry {
  readonly at: SimTime;
  readonly kind: EventType | 'command';
  readonly label: string;
}

export interface ScenarioResult {
  readonly scenario: ScenarioRef;
  readonly system: string;
  readonly options: SystemOptions;
  readonly verdicts: readonly Verdict[];
  readonly expectations: readonly ExpectationResult[];
  readonly advice: readonly Advice[];
  readonly timeline: readonly TimelineEntry[];
  /** `fail` when a verdict is violated or an expectation does not hold. */
  readonly outcome: 'pass' | 'fail';
  readonly stats: {
    readonly conversations: number;
    readonly tickets: number;
    readonly commands: number;
    readonly events: number;
    readonly simulatedMs: number;
  };
  /**
   * Expectations left unchecked because the run overrode the profile or policies the scenario was
   * written for (`--profile`, `--policy`, `--sweep`): how many, and for what they were written
   * (`OPEN-2=stays`). Absent when every expectation was checked.
   */
  readonly expectationsNotChecked?: { readonly count: number; readonly writtenFor: string };
  /** Wall-clock time the CLI measured for this scenario, in ms (volatile; 0 when the clock is pinned). */
  readonly wallMs?: number;
  /** A shell command that reruns just this scenario the same way (set by the CLI). */
  readonly rerun?: string;
}

/** Everything one CLI invocation produced; what every reporter renders. */
export interface RunResult {
  readonly tool: { readonly name: 'inbox-move-sim'; readonly version: string };
  /** The command line that produced it, for replay. */
  readonly command: string;
  /** Wall-clock start, ISO-8601; the only volatile field, stabilised in tests. */
  readonly startedAt: string;
  readonly seed: number | null;
  readonly results: readonly ScenarioResult[];
  /** Present when the run was an exploration (`explore`). */
  readonly explore?: ExploreSummary;
  /** Present when the run was one shard (`--shard i/n`): what `merge-reports` needs to merge it. */
  readonly shard?: ShardPart;
}

/**
 * One shard's place in the unsharded run. `run` results carry their positions in the unsharded
 * selection; `explore` results and runs carry their global run indexes (0-based), so the merge
 * can cut after the `maxFailures`-th failing run exactly as one process would have.
 */
export interface ShardPart {
  readonly index: number;
  readonly count: number;
  /** `run`: the position of each result in the unsharded selection; `explore`: its run index. */
  readonly positions: readonly number[];
  /** `explore` only: every run this shard played, and the failure cut. */
  readonly runs?: readonly ShardRun[];
  readonly maxFailures?: number;
}

/** One exploration run as a shard records it for merging. */
export interface ShardRun {
  readonly index: number;
  readonly exercised: readonly RuleId[];
  readonly failed: boolean;
}

/** One violation found by random exploration, with what is needed to replay it. */
export interface ExploreFailure {
  readonly ruleId: RuleId;
  readonly seed: number;
  /** fast-check's replay path of the shrunk counterexample. */
  readonly path: string;
  /** A shell command that replays it. */
  readonly replay: string;
  /** Size of the shrunk counterexample. */
  readonly conversations: number;
  readonly commands: number;
  /** The saved counterexample scenario file, when one was written. */
  readonly savedAs: string | null;
  /** 1-based index of the run that first found it (runs to failure), when the explorer records it. */
  readonly runIndex?: number;
}

/** State and transition coverage of one reference machine by model-based paths. */
export interface MachineCoverage {
  readonly machineId: string;
  readonly statesCovered: number;
  readonly statesTotal: number;
  readonly transitionsCovered: number;
  readonly transitionsTotal: number;
}

export interface ExploreSummary {
  readonly runs: number;
  readonly seed: number;
  /** How many runs exercised each rule (verdict other than not-exercised / not-applicable). */
  readonly rulesExercised: Readonly<Partial<Record<RuleId, number>>>;
  readonly failures: readonly ExploreFailure[];
  readonly coverage: readonly MachineCoverage[];
  /** True when the exploration was stopped (Ctrl-C) before playing every run: the runs played so far. */
  readonly interrupted?: boolean;
}
