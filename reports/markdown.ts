import type { RunResult } from '../domain/run-result.ts';
import type { Verdict, VerdictStatus } from '../domain/verdict.ts';
import { escapeMarkdownCell, escapeMarkdownInline } from './escape.ts';
import {
  buildRuleRows,
  collectFailures,
  exploreRuleRows,
  formatSubjects,
  STATUS_LABEL,
  totals,
} from './_report-rows.ts';
import type { Failure, RuleRow } from './_report-rows.ts';
import { plural, truncate } from './text-helpers.ts';
import type { ReportContext, Reporter } from './reporter.ts';

/** GitHub caps a PR comment at 65,536 characters; stay well under, with room for the cut notice. */
export const MARKDOWN_MAX_CHARS = 60_000;
/** Up to this many scenarios the matrix has a column per scenario; beyond, verdict counts. */
const MAX_SCENARIO_COLUMNS = 6;
const CELL_MAX = 160;

const ICON = {
  pass: '✅',
  violated: '❌',
  'not-exercised': '⚪',
  'not-applicable': '➖',
} as const satisfies Record<VerdictStatus, string>;

const cell = (text: string, max = CELL_MAX): string => escapeMarkdownCell(truncate(text, max));
const inline = (text: string, max = CELL_MAX): string => escapeMarkdownInline(truncate(text, max));

function summary(run: RunResult): string[] {
  const t = totals(run);
  const v = t.verdicts;
  const headline =
    t.outcome === 'pass'
      ? `## ✅ ${inline(run.tool.name)}: ${plural(t.scenarios, 'scenario')} passed`
      : `## ❌ ${inline(run.tool.name)}: ${t.failed} of ${plural(t.scenarios, 'scenario')} failed`;
  return [
    headline,
    '',
    `${ICON.pass} ${v.pass} pass · ${ICON.violated} ${v.violated} violated · ${ICON['not-exercised']} ${v['not-exercised']} not exercised · ` +
      `${ICON['not-applicable']} ${v['not-applicable']} not applicable · ${plural(t.expectations.failed, 'failed expectation')}` +
      (t.notApplicable > 0 ? ` · ${plural(t.notApplicable, 'scenario')} not applicable to this system` : ''),
    '',
    // No code spans around data: inside one, Markdown decodes neither escapes nor entities.
    `Seed ${run.seed ?? '—'} · started ${inline(run.startedAt)} · command: ${inline(run.command, 300)}`,
  ];
}

function matrix(run: RunResult, rows: readonly RuleRow[]): string[] {
  // An exploration without a failing run has no scenario column: exploreTable shows its rules.
  if (rows.length === 0 || (run.results.length === 0 && run.explore !== undefined)) return [];
  const perScenario = run.results.length > 0 && run.results.length <= MAX_SCENARIO_COLUMNS;
  const mark = (v: Verdict | null): string => (v === null ? ' ' : ICON[v.status]);
  const header = perScenario
    ? ['Rule', 'Kind', ...run.results.map((_, i) => `S${i + 1}`)]
    : [
        'Rule',
        'Kind',
        ...(['pass', 'violated', 'not-exercised', 'not-applicable'] as const).map(
          (s) => `${ICON[s]} ${STATUS_LABEL[s]}`,
        ),
      ];
  const body = rows.map((row) => {
    const id = `${row.id} ${cell(row.title, 60)}`.trim();
    const values = perScenario
      ? row.cells.map(mark)
      : (['pass', 'violated', 'not-exercised', 'not-applicable'] as const).map((s) => String(row.counts[s]));
    return `| ${[id, row.kind ?? '?', ...values].join(' | ')} |`;
  });
  const legend = perScenario
    ? run.results.map(
        (r, i) => `**S${i + 1}** ${inline(r.scenario.id, 80)}: ${inline(r.scenario.title, 100)}`,
      )
    : [];
  return [
    '### Rule coverage',
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...body,
    ...(legend.length > 0 ? ['', legend.join(' · ')] : []),
  ];
}

function failureItem(failure: Failure): string {
  const file = failure.scenario.scenario.file;
  const where = `**${inline(failure.scenario.scenario.id, 80)}**${file === null ? '' : ` (${inline(file, 120)})`}`;
  if (failure.type === 'expectation') {
    const e = failure.expectation;
    return `- ${where} expectation ${inline(e.description)}: expected ${inline(e.expected)}, actual ${inline(e.actual)}`;
  }
  const first = failure.findings[0];
  const detail =
    first === undefined
      ? ''
      : `: expected ${inline(first.expected)}, actual ${inline(first.actual)}` +
        (formatSubjects(first.subjects) === '' ? '' : ` (${inline(formatSubjects(first.subjects))})`);
  const more = failure.count > 1 ? ` — ${plural(failure.count, 'finding')}` : '';
  return `- ${where} \`${failure.ruleId}\` ${inline(failure.title, 80)}${detail}${more}`;
}

/** An exploration's rules: how many runs exercised each, which were violated; then model coverage. */
function exploreTable(run: RunResult, context: ReportContext): string[] {
  const explore = run.explore;
  if (explore === undefined) return [];
  const rows = exploreRuleRows(explore, context.catalogue);
  const exercised = rows.filter((row) => row.runs > 0).length;
  return [
    `### Exploration: ${plural(explore.runs, 'run')}, seed ${explore.seed}${explore.interrupted === true ? ' (interrupted)' : ''}`,
    '',
    `${exercised} of ${plural(rows.length, 'rule')} exercised · ${plural(explore.failures.length, 'counterexample')}`,
    '',
    '| Rule | Kind | Runs exercising it | Violated |',
    '|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${`${row.id} ${cell(row.title, 60)}`.trim()} | ${row.kind ?? '?'} | ${row.runs === 0 ? `${ICON['not-exercised']} 0` : String(row.runs)} | ${row.failed ? ICON.violated : ''} |`,
    ),
    ...(explore.coverage.length === 0
      ? []
      : [
          '',
          '| Machine | States | Transitions |',
          '|---|---|---|',
          ...explore.coverage.map(
            (c) =>
              `| ${cell(c.machineId, 60)} | ${c.statesCovered}/${c.statesTotal} | ${c.transitionsCovered}/${c.transitionsTotal} |`,
          ),
        ]),
  ];
}

/** Appends lines while they fit in `budget`; returns how many did not. */
function fill(out: string[], lines: readonly string[], budget: number): number {
  let used = out.reduce((sum, l) => sum + l.length + 1, 0);
  for (const [index, l] of lines.entries()) {
    if (used + l.length + 1 > budget) return lines.length - index;
    out.push(l);
    used += l.length + 1;
  }
  return 0;
}

/** Renders the Markdown report within `maxChars`, saying what was cut. */
export function renderMarkdown(
  run: RunResult,
  context: ReportContext,
  maxChars = MARKDOWN_MAX_CHARS,
): string {
  const budget = maxChars - 200; // room for the cut notice
  const out: string[] = [];
  const failures = collectFailures(run, context.catalogue);
  const explore = run.explore;
  const sections: (readonly [string, readonly string[]])[] = [
    ['summary', summary(run)],
    ['rule matrix rows', matrix(run, buildRuleRows(run, context.catalogue))],
    [
      'failures',
      failures.length === 0 ? [] : [`### Failures (${failures.length})`, '', ...failures.map(failureItem)],
    ],
    ['exploration rule rows', exploreTable(run, context)],
    [
      'exploration failures',
      explore === undefined || explore.failures.length === 0
        ? []
        : [
            '#### Counterexamples',
            '',
            ...explore.failures.map(
              (f) => `- \`${f.ruleId}\` seed ${f.seed}, path ${inline(f.path, 80)}: ${inline(f.replay, 300)}`,
            ),
          ],
    ],
  ];
  const cut: string[] = [];
  for (const [name, lines] of sections) {
    if (lines.length === 0) continue;
    if (out.length > 0) out.push('');
    const left = fill(out, lines, budget);
    if (left > 0) cut.push(`${left} ${name}`);
  }
  if (cut.length > 0) {
    out.push(
      '',
      `> ✂️ Cut to stay under ${maxChars.toLocaleString('en-US')} characters: ${cut.join(', ')} not shown. The HTML and JSON reports have everything.`,
    );
  }
  return `${out.join('\n')}\n`;
}

/** Markdown for a PR comment or a GitHub job summary: summary, rule matrix, failures; capped. */
export const markdownReporter: Reporter = {
  name: 'markdown',
  fileName: 'report.md',
  render(run, context) {
    return renderMarkdown(run, context);
  },
};
