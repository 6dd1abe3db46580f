// The sweep itself: every scenario played under each value of one policy, and the table comparing
// the outcomes (run-sweep.ts is the `run --sweep` action: it calls this and writes the reports).
import type { PolicyId, RuleId, ScenarioResult, VerdictStatus } from '../domain/index.ts';
import { POLICY_VALUES } from '../domain/index.ts';
import { runScenario, type RunScenarioOptions, type Scenario } from '../harness/index.ts';
import { formatDuration, moveCounts, type MoveCounts } from './move-counts.ts';
import { renderTable } from './text-table.ts';

/** One scenario played under one value of the swept policy. */
export interface SweepCell {
  readonly value: string;
  readonly result: ScenarioResult;
  readonly counts: MoveCounts;
}

export interface SweepRow {
  readonly scenarioId: string;
  readonly cells: readonly SweepCell[];
}

/** A rule whose verdict differs between the policy's values, on one scenario. */
export interface VerdictChange {
  readonly scenarioId: string;
  readonly ruleId: RuleId;
  readonly byValue: readonly { readonly value: string; readonly status: VerdictStatus }[];
}

/**
 * Plays every scenario under every value of `policy` (the other policies as given), so that the
 * outcomes that depend on the open question show side by side.
 */
export async function sweep(
  scenarios: readonly Scenario[],
  policy: PolicyId,
  options: RunScenarioOptions,
  onStep: () => void = () => undefined,
  now: () => number = () => 0,
): Promise<SweepRow[]> {
  const rows: SweepRow[] = [];
  for (const scenario of scenarios) {
    const cells: SweepRow['cells'][number][] = [];
    for (const value of POLICY_VALUES[policy]) {
      const started = now();
      const { trace, result } = await runScenario(scenario, {
        ...options,
        policies: { ...options.policies, [policy]: value },
      });
      const wallMs = Math.max(0, now() - started);
      onStep();
      cells.push({ value, result: { ...result, wallMs }, counts: moveCounts(trace) });
    }
    rows.push({ scenarioId: scenario.ref.id, cells });
  }
  return rows;
}

/** Every (scenario, rule) whose verdict is not the same under all values. */
export function verdictChanges(rows: readonly SweepRow[]): VerdictChange[] {
  return rows.flatMap((row) => {
    const rules = [
      ...new Set(row.cells.flatMap((cell) => cell.result.verdicts.map((verdict) => verdict.ruleId))),
    ];
    return rules.flatMap((ruleId) => {
      const byValue = row.cells.map((cell) => ({
        value: cell.value,
        status: cell.result.verdicts.find((verdict) => verdict.ruleId === ruleId)?.status ?? 'not-exercised',
      }));
      return new Set(byValue.map((entry) => entry.status)).size > 1
        ? [{ scenarioId: row.scenarioId, ruleId, byValue }]
        : [];
    });
  });
}

/** Rows whose outcome (pass or fail) is not the same under every value. */
export function outcomeChanges(rows: readonly SweepRow[]): SweepRow[] {
  return rows.filter((row) => new Set(row.cells.map((cell) => cell.result.outcome)).size > 1);
}

/** The first reason a cell failed: a violated rule or an expectation that did not hold. */
function whyFailed(cell: SweepCell): string {
  const violated = cell.result.verdicts.find((verdict) => verdict.status === 'violated');
  if (violated !== undefined) return ` (${violated.ruleId} violated)`;
  const expectation = cell.result.expectations.find((entry) => !entry.ok);
  if (expectation === undefined) return '';
  return ` (${expectation.description}: expected ${expectation.expected}, got ${expectation.actual})`;
}

function cellText(cell: SweepCell): string {
  const { counts } = cell;
  const notChecked = cell.result.expectationsNotChecked;
  return [
    notChecked === undefined ? cell.result.outcome : `${cell.result.outcome} (expectations not checked)`,
    `created ${counts.ticketsCreated}`,
    `moved ${counts.conversationsMoved}`,
    `unassigned ${counts.ticketsUnassigned}`,
    `notified ${counts.notifications}`,
    formatDuration(counts.durationMs),
  ].join(' · ');
}

/** The side-by-side comparison the console shows for `run --sweep`. */
export function renderSweep(policy: PolicyId, rows: readonly SweepRow[]): string {
  const values = POLICY_VALUES[policy];
  const table = renderTable(
    ['scenario', ...values.map((value) => `${policy}=${value}`)],
    rows.map((row) => [row.scenarioId, ...row.cells.map(cellText)]),
  );
  const changes = verdictChanges(rows);
  const changeLines =
    changes.length === 0
      ? [`No verdict depends on ${policy} in these scenarios.`]
      : [
          `Verdicts that depend on ${policy}:`,
          ...changes.map(
            (change) =>
              `  ${change.scenarioId}  ${change.ruleId}: ${change.byValue.map((entry) => `${entry.value} → ${entry.status}`).join(', ')}`,
          ),
        ];
  const outcomeLines = outcomeChanges(rows).map(
    (row) =>
      `  ${row.scenarioId}  ${row.cells.map((cell) => `${cell.value} → ${cell.result.outcome}${whyFailed(cell)}`).join(', ')}`,
  );
  const differing = rows.filter(
    (row) => new Set(row.cells.map((cell) => JSON.stringify(cell.counts))).size > 1,
  );
  const notChecked = rows.flatMap((row) =>
    row.cells.flatMap((cell) => {
      const skipped = cell.result.expectationsNotChecked;
      return skipped === undefined
        ? []
        : [
            `  ${row.scenarioId} under ${policy}=${cell.value}: not checked: written for ${skipped.writtenFor}`,
          ];
    }),
  );
  return [
    `Sweep of ${policy} over ${values.join(', ')} (${rows.length} scenario(s))`,
    '',
    table,
    '',
    ...(notChecked.length === 0
      ? []
      : [
          `Expectations are checked only under the policies a scenario was written for; rule verdicts count under every value:`,
          ...notChecked,
        ]),
    ...(outcomeLines.length === 0
      ? [`No outcome depends on ${policy}.`]
      : [`Outcomes that depend on ${policy}:`, ...outcomeLines]),
    ...changeLines,
    `Counts differ in ${differing.length} of ${rows.length} scenario(s)${differing.length > 0 ? `: ${differing.map((row) => row.scenarioId).join(', ')}` : ''}.`,
    '',
  ].join('\n');
}
