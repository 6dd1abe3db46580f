import type { RunResult, ScenarioResult } from '../domain/run-result.ts';
import type { Verdict } from '../domain/verdict.ts';
import { escapeXmlAttr, escapeXmlText } from './escape.ts';
import { exploreRuleRows, formatSubjects, STATUS_LABEL } from './_report-rows.ts';
import { truncate } from './text-helpers.ts';
import type { RuleInfo, Reporter } from './reporter.ts';

// CI dashboards show attributes in one line and bodies in a box: cap both, the JSON has the rest.
const ATTR_MAX = 500;
const BODY_MAX = 4000;
const FINDINGS_SHOWN = 10;

const attr = (text: string): string => escapeXmlAttr(truncate(text, ATTR_MAX));
const body = (text: string): string => escapeXmlText(truncate(text, BODY_MAX));

interface Counts {
  tests: number;
  failures: number;
  skipped: number;
}

/** JUnit's `time`: seconds with millisecond precision; 0 when the run measured nothing. */
function seconds(ms: number | undefined): string {
  return ms === undefined ? '0' : String(Math.round(ms) / 1000);
}

/** `file="..."` for CI systems that link a test case to its file (GitLab, Jenkins); '' without one. */
function fileAttr(result: ScenarioResult): string {
  return result.scenario.file === null ? '' : ` file="${attr(result.scenario.file)}"`;
}

/** The last lines of every failure body: the scenario file and how to rerun it alone. */
function rerunText(result: ScenarioResult): string {
  return [
    result.scenario.file === null ? null : `file: ${result.scenario.file}`,
    result.rerun === undefined ? null : `rerun: ${result.rerun}`,
  ]
    .filter((part) => part !== null)
    .join('\n');
}

function withRerun(text: string, result: ScenarioResult): string {
  const rerun = rerunText(result);
  return rerun === '' ? text : `${text}\n${rerun}`;
}

function verdictCase(
  result: ScenarioResult,
  verdict: Verdict,
  titles: ReadonlyMap<string, string>,
  time: string,
): string {
  const title = titles.get(verdict.ruleId) ?? '';
  const open = `    <testcase name="${attr(`${verdict.ruleId} ${title}`.trim())}" classname="${attr(result.scenario.id)}"${fileAttr(result)} time="${time}"`;
  switch (verdict.status) {
    case 'pass':
      return `${open}/>`;
    case 'violated': {
      const lines = verdict.findings.slice(0, FINDINGS_SHOWN).flatMap((f) => {
        const ids = formatSubjects(f.subjects);
        return [`expected: ${f.expected}`, `actual: ${f.actual}`, ...(ids === '' ? [] : [`ids: ${ids}`]), ''];
      });
      const more = verdict.count - Math.min(verdict.count, FINDINGS_SHOWN, verdict.findings.length);
      if (more > 0) lines.push(`… ${more} more finding(s): see the JSON report`);
      const first = verdict.findings[0];
      const message = `${verdict.ruleId} violated (${verdict.count}): expected ${first?.expected ?? '?'}, actual ${first?.actual ?? '?'}`;
      return `${open}>\n      <failure message="${attr(message)}" type="violated">${body(withRerun(lines.join('\n'), result))}</failure>\n    </testcase>`;
    }
    case 'not-exercised':
    case 'not-applicable':
      return `${open}>\n      <skipped message="${attr(`${STATUS_LABEL[verdict.status]}: ${verdict.why}`)}"/>\n    </testcase>`;
  }
}

const isSkipped = (v: Verdict): boolean => v.status === 'not-exercised' || v.status === 'not-applicable';

const property = (name: string, value: string): string =>
  `      <property name="${attr(name)}" value="${attr(value)}"/>`;

function testsuite(
  result: ScenarioResult,
  titles: ReadonlyMap<string, string>,
  startedAt: string,
  listSkipped: boolean,
): [string, Counts] {
  // Each test case of a scenario gets the scenario's time once: on its first case, 0 on the rest,
  // so that the suite's total is the scenario's wall time.
  let time = seconds(result.wallMs);
  const nextTime = (): string => {
    const t = time;
    time = '0';
    return t;
  };
  const listed = listSkipped ? result.verdicts : result.verdicts.filter((v) => !isSkipped(v));
  const cases = listed.map((v) => verdictCase(result, v, titles, nextTime()));
  const classname = attr(result.scenario.id);
  for (const e of result.expectations) {
    const open = `    <testcase name="${attr(`expectation: ${e.description}`)}" classname="${classname}"${fileAttr(result)} time="${nextTime()}"`;
    const failure = `expected ${e.expected}, actual ${e.actual}`;
    cases.push(
      e.ok
        ? `${open}/>`
        : `${open}>\n      <failure message="${attr(failure)}" type="expectation">${body(withRerun(`expected: ${e.expected}\nactual: ${e.actual}`, result))}</failure>\n    </testcase>`,
    );
  }
  // A scenario pinned to values the system does not implement: one skipped case saying why.
  if (result.notApplicable !== undefined) {
    const why = `not applicable to this system: ${result.notApplicable.reason}`;
    cases.push(
      `    <testcase name="${attr(result.scenario.title)}" classname="${classname}"${fileAttr(result)} time="${nextTime()}">\n      <skipped message="${attr(why)}"/>\n    </testcase>`,
    );
  }
  const count = (status: Verdict['status']): number =>
    result.verdicts.filter((v) => v.status === status).length;
  const notApplicable = result.notApplicable === undefined ? 0 : 1;
  const counts: Counts = {
    tests: listed.length + result.expectations.length + notApplicable,
    failures: count('violated') + result.expectations.filter((e) => !e.ok).length,
    skipped: listed.filter(isSkipped).length + notApplicable,
  };
  const notChecked = result.expectationsNotChecked;
  const properties = [
    property('title', result.scenario.title),
    property('file', result.scenario.file ?? ''),
    property('system', result.system),
    property('profile', result.options.profile),
    property('targets', result.scenario.targets.join(' ')),
    ...(listSkipped
      ? []
      : [
          property('not-exercised', String(count('not-exercised'))),
          property('not-applicable', String(count('not-applicable'))),
        ]),
    ...(notChecked === undefined
      ? []
      : [property('expectations-not-checked', `${notChecked.count}: written for ${notChecked.writtenFor}`)]),
    ...(result.rerun === undefined ? [] : [property('rerun', result.rerun)]),
  ].join('\n');
  const open =
    `  <testsuite name="${classname}" tests="${counts.tests}" failures="${counts.failures}" errors="0" ` +
    `skipped="${counts.skipped}" time="${seconds(result.wallMs)}" timestamp="${attr(startedAt)}"${fileAttr(result)}>`;
  return [
    [open, `    <properties>\n${properties}\n    </properties>`, ...cases, '  </testsuite>'].join('\n'),
    counts,
  ];
}

/**
 * An exploration as one `<testsuite name="explore">`: a test case per rule the runs exercised (or
 * violated), a `<failure>` holding the counterexample and its replay command; the rules no run
 * exercised are counted in the properties (`--junit-skipped` lists them as skipped).
 */
function exploreSuite(
  run: RunResult,
  catalogue: readonly RuleInfo[],
  listSkipped: boolean,
): [string, Counts] | null {
  const explore = run.explore;
  if (explore === undefined) return null;
  const rows = exploreRuleRows(explore, catalogue);
  const listed = listSkipped ? rows : rows.filter((row) => row.runs > 0 || row.failed);
  const cases = listed.map((row) => {
    const open = `    <testcase name="${attr(`${row.id} ${row.title}`.trim())}" classname="explore" time="0"`;
    const failures = explore.failures.filter((f) => f.ruleId === row.id);
    if (failures.length > 0) {
      const text = failures
        .map((f) =>
          [
            `counterexample of run ${f.runIndex ?? '?'} (seed ${f.seed}, path ${f.path}): ${f.conversations} conversation(s), ${f.commands} command(s)`,
            `replay: ${f.replay}`,
            ...(f.savedAs === null ? [] : [`saved: ${f.savedAs}`, `or: inbox-move-sim replay ${f.savedAs}`]),
          ].join('\n'),
        )
        .join('\n\n');
      const message = `${row.id} violated in run ${failures[0]?.runIndex ?? '?'} (seed ${failures[0]?.seed ?? '?'}); exercised by ${row.runs} run(s)`;
      return `${open}>\n      <failure message="${attr(message)}" type="violated">${body(text)}</failure>\n    </testcase>`;
    }
    if (row.runs === 0)
      return `${open}>\n      <skipped message="not exercised by any of the ${explore.runs} run(s)"/>\n    </testcase>`;
    return `${open}>\n      <system-out>${body(`exercised by ${row.runs} of ${explore.runs} run(s)`)}</system-out>\n    </testcase>`;
  });
  const counts: Counts = {
    tests: listed.length,
    failures: listed.filter((row) => row.failed).length,
    skipped: listed.filter((row) => row.runs === 0 && !row.failed).length,
  };
  const properties = [
    property('runs', String(explore.runs)),
    property('seed', String(explore.seed)),
    property('rules-exercised', String(rows.filter((row) => row.runs > 0).length)),
    property('rules-not-exercised', String(rows.filter((row) => row.runs === 0).length)),
    ...(explore.interrupted === true ? [property('interrupted', 'true')] : []),
    ...explore.coverage.map((c) =>
      property(
        `coverage ${c.machineId}`,
        `states ${c.statesCovered}/${c.statesTotal}, transitions ${c.transitionsCovered}/${c.transitionsTotal}`,
      ),
    ),
  ].join('\n');
  const open =
    `  <testsuite name="explore" tests="${counts.tests}" failures="${counts.failures}" errors="0" ` +
    `skipped="${counts.skipped}" time="0" timestamp="${attr(run.startedAt)}">`;
  return [
    [open, `    <properties>\n${properties}\n    </properties>`, ...cases, '  </testsuite>'].join('\n'),
    counts,
  ];
}

/** Renders the JUnit XML text of a run, naming rules with the catalogue's titles. */
export function renderJunit(run: RunResult, catalogue: readonly RuleInfo[], listSkipped = false): string {
  const titles = new Map<string, string>(catalogue.map((info) => [info.id, info.title]));
  const total: Counts = { tests: 0, failures: 0, skipped: 0 };
  const add = (counts: Counts): void => {
    total.tests += counts.tests;
    total.failures += counts.failures;
    total.skipped += counts.skipped;
  };
  const suites = run.results.map((result) => {
    const [xml, counts] = testsuite(result, titles, run.startedAt, listSkipped);
    add(counts);
    return xml;
  });
  const explored = exploreSuite(run, catalogue, listSkipped);
  if (explored !== null) {
    suites.push(explored[0]);
    add(explored[1]);
  }
  const wall = run.results.reduce((sum, result) => sum + (result.wallMs ?? 0), 0);
  const open =
    `<testsuites name="${attr(run.tool.name)}" tests="${total.tests}" failures="${total.failures}" ` +
    `errors="0" skipped="${total.skipped}" time="${seconds(wall)}">`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', open, ...suites, '</testsuites>', ''].join('\n');
}

/**
 * JUnit XML: a `<testsuite>` per scenario (with `file`), a `<testcase>` per judged rule verdict
 * (name "ID title", classname the scenario ID) and per expectation; violated and failed →
 * `<failure>` ending with the file and the rerun command. Not exercised / not applicable verdicts
 * are counted in the properties, not listed (noise in CI dashboards) unless `junitSkipped`.
 * `time` is the scenario's wall time. An exploration adds a suite with a test case per rule.
 */
export const junitReporter: Reporter = {
  name: 'junit',
  fileName: 'junit.xml',
  render(run, context) {
    return renderJunit(run, context.catalogue, context.junitSkipped === true);
  },
};
