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

/** How big a played scenario was: its world after the play, its script and log, its simulated time. */
export interface ScenarioStats {
  readonly conversations: number;
  readonly tickets: number;
  readonly commands: number;
  readonly events: number;
  readonly simulatedMs: number;
}

export interface ScenarioResult {
  readonly scenario: ScenarioRef;
  readonly system: string;
  readonly options: SystemOptions;
  readonly verdicts: readonly Verdict[];
  readonly expectations: readonly ExpectationResult[];
  readonly advice: readonly Advice[];
  readonly timeline: readonly TimelineEntry[];
  /**
   * `fail` when a verdict is violated or an expectation does not hold; `not-applicable` when the
   * scenario is pinned to a profile or policy value the system does not implement (not played).
   */
  readonly outcome: 'pass' | 'fail' | 'not-applicable';
  readonly stats: ScenarioStats;
  /**
   * Expectations left unchecked because the run overrode the profile or policies the scenario was
   * written for (`--profile`, `--policy`, `--sweep`): how many, and for what they were written
   * (`OPEN-2=stays`). Absent when every expectation was checked.
   */
  readonly expectationsNotChecked?: { readonly count: number; readonly writtenFor: string };
  /** Why the scenario was not played against this system (outcome `not-applicable`). */
  readonly notApplicable?: { readonly reason: string };
  /** Wall-clock time the CLI measured for this scenario, in ms (volatile; 0 when the clock is pinned). */
  readonly wallMs?: number;
  /** A shell command that reruns just this scenario the same way (set by the CLI). */
  readonly rerun?: string;
  /** The scenario step by step, for the HTML report's trace view (capped: see reports/text/step-views.ts). */
  readonly steps?: readonly StepView[];
}

/** One field of one object that a step changed, as short text. */
export interface FieldChange {
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

/** An object of the world a step created, changed or removed. */
export interface WorldChange {
  readonly collection: 'conversations' | 'tickets' | 'channels' | 'users' | 'account';
  readonly id: string;
  readonly change: 'created' | 'changed' | 'removed';
  readonly fields: readonly FieldChange[];
}

/** One command of a scenario as the trace view shows it; lists are capped, their totals kept. */
export interface StepView {
  /** The trace step index (0-based), as findings name it in `subjects.step`. */
  readonly index: number;
  readonly command: string;
  readonly status: 'accepted' | 'refused' | 'invalid';
  readonly result: string;
  /** Simulated time before and after the step. */
  readonly from: SimTime;
  readonly at: SimTime;
  readonly events: { readonly total: number; readonly shown: readonly TimelineEntry[] };
  /** Null when the runner did not record the world at this step (big worlds). */
  readonly changes: { readonly total: number; readonly shown: readonly WorldChange[] } | null;
  readonly observation: {
    readonly banner: string | null;
    readonly notificationsOn: boolean;
    readonly move: string | null;
    readonly channels: string;
  };
  /** Reference-machine states implied by the observation and the world after the step, per machine. */
  readonly states: Readonly<Record<string, readonly string[]>>;
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
