import type { RunResult } from '../domain/run-result.ts';
import type { VerdictStatus } from '../domain/verdict.ts';
import { escapeTerminal } from './escape.ts';
import { buildRuleRows, collectFailures, exploreRuleRows, formatSubjects, totals } from './_report-rows.ts';
import type { Failure, RunTotals } from './_report-rows.ts';
import { fit, formatDuration, plural, truncate } from './text-helpers.ts';
import type { ReportContext, Reporter } from './reporter.ts';

// SGR codes: green, red, yellow, dim, bold. Only used when the CLI says the terminal wants colour.
const SGR = { green: 32, red: 31, yellow: 33, dim: 2, bold: 1 } as const;
type Paint = (style: keyof typeof SGR, text: string) => string;

const STATUS_STYLE = {
  pass: 'green',
  violated: 'red',
  'not-exercised': 'yellow',
  'not-applicable': 'dim',
} as const satisfies Record<VerdictStatus, keyof typeof SGR>;

/** Data is shown on one line, escaped and cut: no terminal control from a scenario file. */
const line = (text: string, max = 200): string => escapeTerminal(truncate(text, max));

function header(run: RunResult): string[] {
  const seed = run.seed === null ? '' : ` · seed ${run.seed}`;
  return [
    `${line(run.tool.name)} ${line(run.tool.version)} · started ${line(run.startedAt)}${seed}`,
    `$ ${line(run.command, 300)}`,
  ];
}

function scenarioLines(run: RunResult, paint: Paint): string[] {
  // An exploration shows its own section (runs, rules exercised, coverage) instead.
  if (run.results.length === 0) return run.explore === undefined ? ['No scenarios were run.'] : [];
  return [
    'Scenarios',
    ...run.results.flatMap((result) => {
      const mark =
        result.outcome === 'pass'
          ? paint('green', '✓ pass')
          : result.outcome === 'fail'
            ? paint('red', '✗ FAIL')
            : paint('dim', '– n/a ');
      const wall = result.wallMs === undefined ? '' : `, ${formatWall(result.wallMs)}`;
      const facts = `${plural(result.verdicts.length, 'verdict')}, ${formatDuration(result.stats.simulatedMs)} simulated${wall}`;
      const notChecked = result.expectationsNotChecked;
      return [
        `  ${mark}  ${line(result.scenario.id, 60)}  ${line(result.scenario.title, 80)} ${paint('dim', `(${facts})`)}`,
        ...(notChecked === undefined
          ? []
          : [
              paint(
                'dim',
                `      ${plural(notChecked.count, 'expectation')} not checked: written for ${line(notChecked.writtenFor, 120)}`,
              ),
            ]),
        ...(result.notApplicable === undefined
          ? []
          : [paint('dim', `      not applicable to this system: ${line(result.notApplicable.reason, 160)}`)]),
      ];
    }),
  ];
}

/** A measured wall time: `12 ms`, `1.4 s`. */
function formatWall(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms wall` : `${(ms / 1000).toFixed(1)} s wall`;
}

const SLOWEST_SHOWN = 5;

/** The slowest scenarios by wall time, when the run measured any (a pinned clock measures 0). */
function slowestLines(run: RunResult): string[] {
  const timed = run.results
    .filter((result) => result.wallMs !== undefined && result.wallMs > 0)
    .sort((a, b) => (b.wallMs ?? 0) - (a.wallMs ?? 0))
    .slice(0, SLOWEST_SHOWN);
  if (timed.length === 0) return [];
  return [
    `Slowest ${plural(timed.length, 'scenario')}`,
    ...timed.map(
      (result) => `  ${formatWall(result.wallMs ?? 0).padStart(12)}  ${line(result.scenario.id, 60)}`,
    ),
  ];
}

/** How to rerun each failing scenario alone (its file and the run's options). */
function rerunLines(run: RunResult): string[] {
  const reruns = run.results.flatMap((result) =>
    result.outcome === 'fail' && result.rerun !== undefined ? [result.rerun] : [],
  );
  if (reruns.length === 0) return [];
  return ['Rerun a failing scenario:', ...reruns.map((command) => `  $ ${line(command, 300)}`)];
}

function ruleTable(run: RunResult, context: ReportContext, paint: Paint): string[] {
  // An exploration without failures has no scenario to tabulate: its rules show in exploreLines.
  if (run.results.length === 0 && run.explore !== undefined) return [];
  const rows = buildRuleRows(run, context.catalogue);
  if (rows.length === 0) return [];
  const head = `  ${fit('RULE', 8)}  ${fit('KIND', 9)}  ${fit('TITLE', 44)}  ${'PASS'.padStart(5)} ${'VIOL'.padStart(5)} ${'N/EX'.padStart(5)} ${'N/A'.padStart(5)}`;
  const count = (status: VerdictStatus, n: number): string =>
    n === 0 ? paint('dim', '·'.padStart(5)) : paint(STATUS_STYLE[status], String(n).padStart(5));
  return [
    'Rules',
    paint('bold', head),
    ...rows.map((row) => {
      const id = row.counts.violated > 0 ? paint('red', fit(row.id, 8)) : fit(row.id, 8);
      const cells = (['pass', 'violated', 'not-exercised', 'not-applicable'] as const)
        .map((status) => count(status, row.counts[status]))
        .join(' ');
      return `  ${id}  ${fit(row.kind ?? '?', 9)}  ${fit(line(row.title, 60), 44)}  ${cells}`;
    }),
  ];
}

const FINDINGS_SHOWN = 3;

function failureLines(failure: Failure, paint: Paint): string[] {
  const file = failure.scenario.scenario.file;
  const where = `[${line(failure.scenario.scenario.id, 60)}${file === null ? '' : ` · ${line(file, 120)}`}]`;
  if (failure.type === 'expectation') {
    const e = failure.expectation;
    return [
      `  ${paint('red', '✗')} expectation ${line(e.description, 120)} ${paint('dim', where)}`,
      `      expected  ${line(e.expected, 300)}`,
      `      actual    ${line(e.actual, 300)}`,
    ];
  }
  const shown = failure.findings.slice(0, FINDINGS_SHOWN);
  const more = failure.count - shown.length;
  return [
    `  ${paint('red', '✗')} ${paint('bold', failure.ruleId)} ${line(failure.title, 80)} ${paint('dim', where)} — ${plural(failure.count, 'finding')}`,
    ...shown.flatMap((finding) => {
      const subjects = formatSubjects(finding.subjects);
      return [
        `      expected  ${line(finding.expected, 300)}`,
        `      actual    ${line(finding.actual, 300)}`,
        ...(subjects === '' ? [] : [`      ids       ${line(subjects, 300)}`]),
      ];
    }),
    ...(more > 0
      ? [paint('dim', `      … ${plural(more, 'more finding')} (see the JSON or HTML report)`)]
      : []),
  ];
}

function exploreLines(run: RunResult, context: ReportContext, paint: Paint): string[] {
  const explore = run.explore;
  if (explore === undefined) return [];
  const rules = exploreRuleRows(explore, context.catalogue);
  const exercised = rules.filter((rule) => rule.runs > 0).length;
  return [
    `Explore: ${plural(explore.runs, 'run')}, seed ${explore.seed}, ${plural(explore.failures.length, 'failure')}${explore.interrupted === true ? ' (interrupted: the runs played so far)' : ''}`,
    '',
    `Rules exercised (${exercised} of ${rules.length}; runs that judged the rule pass or violated)`,
    paint(
      'bold',
      `  ${fit('RULE', 8)}  ${fit('KIND', 9)}  ${fit('TITLE', 44)}  ${'RUNS'.padStart(6)}  FAILED`,
    ),
    ...rules.map((rule) => {
      const runs = rule.runs === 0 ? paint('yellow', '0'.padStart(6)) : String(rule.runs).padStart(6);
      const failedMark = rule.failed ? paint('red', '✗') : paint('dim', '·');
      return `  ${fit(rule.id, 8)}  ${fit(rule.kind ?? '?', 9)}  ${fit(line(rule.title, 60), 44)}  ${runs}  ${failedMark}`;
    }),
    ...(explore.coverage.length === 0
      ? []
      : [
          '',
          'Model coverage (reference machines, by model-based paths)',
          ...explore.coverage.map(
            (c) =>
              `  ${fit(line(c.machineId, 40), 28)}  states ${c.statesCovered}/${c.statesTotal} · transitions ${c.transitionsCovered}/${c.transitionsTotal}`,
          ),
        ]),
    ...(explore.failures.length === 0 ? [] : ['', 'Counterexamples']),
    ...explore.failures.flatMap((f) => [
      `  ${paint('red', '✗')} ${f.ruleId} seed ${f.seed} path ${line(f.path, 80)} (${plural(f.conversations, 'conversation')}, ${plural(f.commands, 'command')})`,
      `      replay  ${line(f.replay, 300)}`,
      ...(f.savedAs === null ? [] : [`      saved   ${line(f.savedAs, 300)}`]),
    ]),
  ];
}

function summaryLine(t: RunTotals, paint: Paint): string {
  const outcome = t.outcome === 'pass' ? paint('green', 'PASS') : paint('red', 'FAIL');
  const v = t.verdicts;
  const expectations =
    t.expectations.failed > 0
      ? ` · ${paint('red', plural(t.expectations.failed, 'failed expectation'))}`
      : '';
  return (
    `${paint('bold', outcome)} ${plural(t.scenarios, 'scenario')}: ${t.passed} passed, ${t.failed} failed` +
    `${t.notApplicable > 0 ? `, ${t.notApplicable} not applicable to this system` : ''} · ` +
    `verdicts: ${v.pass} pass, ${v.violated} violated, ${v['not-exercised']} not exercised, ` +
    `${v['not-applicable']} not applicable${expectations}`
  );
}

/** The console report: scenarios, the rule table, failures with expected vs actual, a summary line. */
export const consoleReporter: Reporter = {
  name: 'console',
  fileName: 'report.txt',
  render(run, context) {
    const paint: Paint = (style, text) => (context.color ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text);
    const failures = collectFailures(run, context.catalogue);
    const failureSection =
      failures.length === 0
        ? []
        : [`Failures (${failures.length})`, ...failures.flatMap((f) => failureLines(f, paint))];
    // --quiet: what a person must act on, and the verdict of the run.
    const sections = (
      context.quiet === true
        ? [failureSection, rerunLines(run), [summaryLine(totals(run), paint)]]
        : [
            header(run),
            scenarioLines(run, paint),
            ruleTable(run, context, paint),
            failureSection,
            rerunLines(run),
            exploreLines(run, context, paint),
            slowestLines(run),
            [summaryLine(totals(run), paint)],
          ]
    ).filter((section) => section.length > 0);
    return `${sections.map((section) => section.join('\n')).join('\n\n')}\n`;
  },
};

/**
 * `[██████░░░░] 60% 6/10` for the CLI's stderr progress (TTY only). Clamps out-of-range input;
 * a zero total reads as done.
 */
export function progressBar(done: number, total: number, width = 20): string {
  const cells = Math.max(1, Math.floor(width));
  const ratio = total <= 0 ? 1 : Math.min(1, Math.max(0, done / total));
  const filled = Math.round(ratio * cells);
  const percent = String(Math.floor(ratio * 100)).padStart(3);
  return `[${'█'.repeat(filled)}${'░'.repeat(cells - filled)}] ${percent}% ${Math.max(0, done)}/${Math.max(0, total)}`;
}
