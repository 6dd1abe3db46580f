import type {
  ExpectationResult,
  ExploreFailure,
  MachineCoverage,
  ScenarioStats,
} from '../domain/run-result.ts';
import type { FindingSubjects } from '../domain/verdict.ts';

/**
 * The JSON report's schema, version 1, as TypeScript types: what a CI job or a dashboard may rely
 * on. The domain may change shape; this only grows. So the document has types of its own where it
 * says things its own way (IDs as plain text, an absent field as null, relative paths), and takes
 * the domain's type only for a record that toJsonReport copies whole (stats, expectations, machine
 * coverage) or for fields it picks by name (subjects, an exploration failure): a field the domain
 * adds joins the document only where the record is copied whole, and the JSON golden test shows it.
 *
 * Rules of the format:
 * - `schemaVersion` changes only for a breaking change; fields may be added within a version.
 * - Object keys are sorted (stable stringify), arrays keep run order, output ends with a newline:
 *   the same run gives the same bytes.
 * - No absolute paths: file fields are relative to the working directory (an absolute one is cut
 *   to its base name).
 * - The only volatile fields are `startedAt` and each scenario's `wallMs` (both pinned by
 *   `INBOX_MOVE_SIM_NOW`: the start to that date, wall times to 0).
 */
export const JSON_REPORT_SCHEMA_VERSION = 1;

export type JsonVerdictStatus = 'pass' | 'violated' | 'not-exercised' | 'not-applicable';
export type JsonRuleKind = 'MUST' | 'REFUSE' | 'ADVISE' | 'INVARIANT' | 'OPEN';

/** The whole document. */
export interface JsonReportV1 {
  readonly schemaVersion: typeof JSON_REPORT_SCHEMA_VERSION;
  readonly tool: { readonly name: string; readonly version: string };
  /** The command line that produced the run, for replay. */
  readonly command: string;
  /** ISO-8601 wall-clock start. */
  readonly startedAt: string;
  readonly seed: number | null;
  readonly summary: JsonSummary;
  /** One entry per rule: the catalogue's, then any judged rule it lacks. */
  readonly rules: readonly JsonRule[];
  readonly scenarios: readonly JsonScenario[];
  /** Null unless the run was an exploration. */
  readonly explore: JsonExplore | null;
}

export interface JsonSummary {
  /** `fail` when any scenario failed. */
  readonly outcome: 'pass' | 'fail';
  readonly scenarios: number;
  readonly passed: number;
  readonly failed: number;
  /** Verdicts over all scenarios, by status (every status present, zero or more). */
  readonly verdicts: Readonly<Record<JsonVerdictStatus, number>>;
  readonly expectations: { readonly total: number; readonly failed: number };
}

export interface JsonRule {
  /** A rule ID of RULES.md, e.g. `HIST-2a`. */
  readonly id: string;
  /** Null when the rule is not in the catalogue the report was given. */
  readonly kind: JsonRuleKind | null;
  readonly title: string;
  /** The ID's prefix: ELIG, ADV, MOVE, SET, NEW, HIST, INV, OPEN. */
  readonly group: string;
  /** How many scenarios gave the rule each verdict. */
  readonly counts: Readonly<Record<JsonVerdictStatus, number>>;
}

export interface JsonScenario {
  readonly id: string;
  readonly title: string;
  /** Relative path of the scenario file; null for generated runs. */
  readonly file: string | null;
  /** Rule IDs the scenario says it exercises. */
  readonly targets: readonly string[];
  readonly system: string;
  /** Rule profile, e.g. `2024-04-12`. */
  readonly profile: string;
  /** OPEN-1..7 policy values. */
  readonly policies: Readonly<Record<string, string>>;
  /** `not-applicable`: pinned to a profile or policy value the system does not implement (not played). */
  readonly outcome: 'pass' | 'fail' | 'not-applicable';
  /** Why the scenario was not played against this system; absent when it was. */
  readonly notApplicable?: { readonly reason: string };
  readonly stats: ScenarioStats;
  readonly verdicts: readonly JsonVerdict[];
  readonly expectations: readonly JsonExpectation[];
  readonly advice: readonly JsonAdvice[];
  readonly timeline: readonly JsonTimelineEntry[];
  /**
   * Expectations left unchecked because the run played the scenario under another profile or
   * policies than it was written for (`--profile`, `--policy`, `--sweep`): how many, and for what
   * they were written (`OPEN-2=stays`). Null when every expectation was checked.
   */
  readonly expectationsNotChecked: { readonly count: number; readonly writtenFor: string } | null;
  /**
   * Wall-clock time the scenario took, in ms; null when not measured (explore, replay). Volatile
   * like `startedAt`: 0 when `INBOX_MOVE_SIM_NOW` pins the clock.
   */
  readonly wallMs: number | null;
  /** A shell command that reruns this scenario alone with the run's options; null when unknown. */
  readonly rerun: string | null;
}

/** One rule's verdict on one scenario; the fields after `status` depend on it. */
export type JsonVerdict =
  | { readonly ruleId: string; readonly status: 'pass'; readonly evidence: string }
  | {
      readonly ruleId: string;
      readonly status: 'violated';
      /** A sample; `count` is how many findings there were in all. */
      readonly findings: readonly JsonFinding[];
      readonly count: number;
    }
  | { readonly ruleId: string; readonly status: 'not-exercised' | 'not-applicable'; readonly why: string };

/** The IDs of the objects a finding or advice is about, and the trace step where it happened. */
export type JsonSubjects = Pick<FindingSubjects, 'conversations' | 'tickets' | 'channels' | 'users' | 'step'>;

export interface JsonFinding {
  readonly expected: string;
  readonly actual: string;
  readonly subjects: JsonSubjects;
}

export type JsonExpectation = ExpectationResult;

export interface JsonAdvice {
  /** ADV-1..5 */
  readonly ruleId: string;
  readonly message: string;
  readonly figures: Readonly<Record<string, number>>;
  readonly subjects: JsonSubjects;
}

export interface JsonTimelineEntry {
  /** Simulated time, ms since the epoch. */
  readonly at: number;
  /** An event type of the system's log, or `command`. */
  readonly kind: string;
  readonly label: string;
}

export interface JsonExplore {
  readonly runs: number;
  readonly seed: number;
  /** Rule ID → how many runs exercised it. */
  readonly rulesExercised: Readonly<Record<string, number>>;
  readonly failures: readonly JsonExploreFailure[];
  readonly coverage: readonly JsonMachineCoverage[];
  /** True when the exploration was stopped (Ctrl-C) early: the runs played so far. */
  readonly interrupted: boolean;
}

export interface JsonExploreFailure extends Pick<
  ExploreFailure,
  'seed' | 'path' | 'replay' | 'conversations' | 'commands'
> {
  readonly ruleId: string;
  /** Relative path of the saved counterexample scenario, or null. */
  readonly savedAs: string | null;
  /** 1-based run that first found it; null when not recorded. */
  readonly runIndex: number | null;
}

export type JsonMachineCoverage = MachineCoverage;
