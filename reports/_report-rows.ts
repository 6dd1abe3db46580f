// The view model every reporter shares: rule rows, failures and totals computed once, the same way.
import { RULE_IDS } from '../domain/rule-ids.ts';
import type { RuleId, RuleKind } from '../domain/rule-ids.ts';
import type { ExpectationResult, ExploreSummary, RunResult, ScenarioResult } from '../domain/run-result.ts';
import type { Finding, Verdict, VerdictStatus } from '../domain/verdict.ts';
import type { RuleInfo } from './reporter.ts';

/** Words for each verdict status, mapped exhaustively. */
export const STATUS_LABEL = {
  pass: 'pass',
  violated: 'violated',
  'not-exercised': 'not exercised',
  'not-applicable': 'not applicable',
} as const satisfies Record<VerdictStatus, string>;

export type StatusCounts = Record<VerdictStatus, number>;

export function emptyCounts(): StatusCounts {
  return { pass: 0, violated: 0, 'not-exercised': 0, 'not-applicable': 0 };
}

/** One rule across the run: a cell per scenario (null: no verdict there) and the totals. */
export interface RuleRow {
  readonly id: RuleId;
  /** Null when the rule was judged but is missing from the catalogue given to the report. */
  readonly kind: RuleKind | null;
  readonly title: string;
  /** The ID's prefix: ELIG, ADV, MOVE, SET, NEW, HIST, INV, OPEN. */
  readonly group: string;
  readonly cells: readonly (Verdict | null)[];
  readonly counts: StatusCounts;
}

/** Something a person must look at: a violated rule or an expectation that did not hold. */
export type Failure =
  | {
      readonly type: 'verdict';
      readonly scenario: ScenarioResult;
      readonly ruleId: RuleId;
      readonly title: string;
      readonly findings: readonly Finding[];
      readonly count: number;
    }
  | {
      readonly type: 'expectation';
      readonly scenario: ScenarioResult;
      readonly expectation: ExpectationResult;
    };

export interface RunTotals {
  readonly outcome: 'pass' | 'fail';
  readonly scenarios: number;
  readonly passed: number;
  readonly failed: number;
  /** Scenarios pinned to a profile or policy value the system does not implement (not played). */
  readonly notApplicable: number;
  readonly verdicts: StatusCounts;
  readonly expectations: { readonly total: number; readonly failed: number };
}

/** `HIST-2a` → `HIST`. */
export function ruleGroup(id: string): string {
  const dash = id.indexOf('-');
  return dash < 0 ? id : id.slice(0, dash);
}

// When a scenario judged one rule twice (it should not), the row shows the worst verdict.
const SEVERITY: Record<VerdictStatus, number> = {
  violated: 3,
  pass: 2,
  'not-exercised': 1,
  'not-applicable': 0,
};

function verdictIndex(result: ScenarioResult): Map<RuleId, Verdict> {
  const byRule = new Map<RuleId, Verdict>();
  for (const verdict of result.verdicts) {
    const seen = byRule.get(verdict.ruleId);
    if (seen === undefined || SEVERITY[verdict.status] > SEVERITY[seen.status])
      byRule.set(verdict.ruleId, verdict);
  }
  return byRule;
}

/** Rows in catalogue order, then any judged rule the catalogue lacks, in RULES.md order. */
export function buildRuleRows(run: RunResult, catalogue: readonly RuleInfo[]): RuleRow[] {
  const indexes = run.results.map(verdictIndex);
  const known = new Map(catalogue.map((info) => [info.id, info] as const));
  const judged = new Set(indexes.flatMap((index) => [...index.keys()]));
  const extra = RULE_IDS.filter((id) => judged.has(id) && !known.has(id));
  const ordered: RuleId[] = [...new Set([...catalogue.map((info) => info.id), ...extra])];
  return ordered.map((id) => {
    const cells = indexes.map((index) => index.get(id) ?? null);
    const counts = emptyCounts();
    for (const cell of cells) if (cell !== null) counts[cell.status] += 1;
    const info = known.get(id);
    return { id, kind: info?.kind ?? null, title: info?.title ?? '', group: ruleGroup(id), cells, counts };
  });
}

/** Every failure of the run, scenario by scenario: violated verdicts first, then expectations. */
export function collectFailures(run: RunResult, catalogue: readonly RuleInfo[]): Failure[] {
  const titles = new Map(catalogue.map((info) => [info.id, info.title] as const));
  return run.results.flatMap((scenario): Failure[] => [
    ...scenario.verdicts.flatMap((verdict): Failure[] =>
      verdict.status === 'violated'
        ? [
            {
              type: 'verdict',
              scenario,
              ruleId: verdict.ruleId,
              title: titles.get(verdict.ruleId) ?? '',
              findings: verdict.findings,
              count: verdict.count,
            },
          ]
        : [],
    ),
    ...scenario.expectations
      .filter((expectation) => !expectation.ok)
      .map((expectation): Failure => ({ type: 'expectation', scenario, expectation })),
  ]);
}

/** Totals for summary lines. A run fails when any scenario does. */
export function totals(run: RunResult): RunTotals {
  const verdicts = emptyCounts();
  let expectations = 0;
  let failedExpectations = 0;
  for (const result of run.results) {
    for (const verdict of result.verdicts) verdicts[verdict.status] += 1;
    expectations += result.expectations.length;
    failedExpectations += result.expectations.filter((e) => !e.ok).length;
  }
  const failed = run.results.filter((r) => r.outcome === 'fail').length;
  const notApplicable = run.results.filter((r) => r.outcome === 'not-applicable').length;
  return {
    outcome: failed > 0 ? 'fail' : 'pass',
    scenarios: run.results.length,
    passed: run.results.length - failed - notApplicable,
    failed,
    notApplicable,
    verdicts,
    expectations: { total: expectations, failed: failedExpectations },
  };
}

/** The one-line reason a verdict gives: evidence, why, or the finding count. */
export function verdictNote(verdict: Verdict): string {
  switch (verdict.status) {
    case 'pass':
      return verdict.evidence;
    case 'violated':
      return `${verdict.count} finding${verdict.count === 1 ? '' : 's'}`;
    case 'not-exercised':
    case 'not-applicable':
      return verdict.why;
  }
}

/** `conversations c1, c2 · tickets t1 · step 4`, or '' when the finding names nothing. */
export function formatSubjects(subjects: Finding['subjects']): string {
  const parts: string[] = [];
  for (const key of ['conversations', 'tickets', 'channels', 'users'] as const) {
    const ids = subjects[key];
    if (ids === undefined || ids.length === 0) continue;
    // A finding may name thousands of objects; ten are enough to start looking.
    const shown = ids.slice(0, 10).join(', ');
    parts.push(`${key} ${shown}${ids.length > 10 ? ` (+${ids.length - 10} more)` : ''}`);
  }
  if (subjects.step !== undefined) parts.push(`step ${subjects.step}`);
  return parts.join(' · ');
}

/** One rule in an exploration: how many runs exercised it, and whether a run violated it. */
export interface ExploreRuleRow {
  readonly id: RuleId;
  readonly kind: RuleKind | null;
  readonly title: string;
  readonly runs: number;
  readonly failed: boolean;
}

/** A row per catalogue rule (then any exercised rule the catalogue lacks), in catalogue order. */
export function exploreRuleRows(explore: ExploreSummary, catalogue: readonly RuleInfo[]): ExploreRuleRow[] {
  const known = new Set(catalogue.map((info) => info.id));
  const failed = new Set(explore.failures.map((f) => f.ruleId));
  const extra = RULE_IDS.filter(
    (id) => !known.has(id) && ((explore.rulesExercised[id] ?? 0) > 0 || failed.has(id)),
  );
  return [
    ...catalogue.map((info) => ({ id: info.id, kind: info.kind, title: info.title })),
    ...extra.map((id) => ({ id, kind: null, title: '' })),
  ].map((rule) => ({ ...rule, runs: explore.rulesExercised[rule.id] ?? 0, failed: failed.has(rule.id) }));
}
