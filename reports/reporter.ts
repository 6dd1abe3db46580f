import type { RuleId, RuleKind } from '../domain/rule-ids.ts';
import type { RunResult } from '../domain/run-result.ts';
import type { DiagramLayout } from './diagram-layout.ts';

/** The report formats, in the order the CLI lists them. */
export const REPORTER_NAMES = ['console', 'json', 'junit', 'markdown', 'html'] as const;

/** A report format's name, as given to `--reporter`. */
export type ReporterName = (typeof REPORTER_NAMES)[number];

/**
 * One catalogue entry, as much of it as a report needs. The CLI fills it from the rule catalogue;
 * reports never import rules/ so that they render any catalogue (and fixtures) alike.
 */
export interface RuleInfo {
  readonly id: RuleId;
  readonly kind: RuleKind;
  readonly title: string;
}

/** What a reporter needs besides the run: decided by the CLI, never read from the environment here. */
export interface ReportContext {
  /** ANSI colour in the console report (the CLI decides from isTTY and NO_COLOR). */
  readonly color: boolean;
  /** Rule rows in catalogue order; rules judged but missing here still get a row. */
  readonly catalogue: readonly RuleInfo[];
  /** The reference machines' state diagrams, laid out (reports/diagram-layout.ts), for the HTML report. */
  readonly diagrams: readonly DiagramLayout[];
  /** Console: only the failures and the summary line (`--quiet`). */
  readonly quiet?: boolean;
  /** JUnit: not exercised / not applicable verdicts as `<skipped>` test cases (default: counted only). */
  readonly junitSkipped?: boolean;
}

/** One report format. `render` is pure: same run and context, same text, byte for byte. */
export interface Reporter {
  readonly name: ReporterName;
  /** The default file name inside `--out`. */
  readonly fileName: string;
  render(run: RunResult, context: ReportContext): string;
}

/** Narrows a user-given string to a reporter name. */
export function isReporterName(value: string): value is ReporterName {
  return (REPORTER_NAMES as readonly string[]).includes(value);
}
