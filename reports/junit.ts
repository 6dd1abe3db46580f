import type { RunResult, ScenarioResult } from '../domain/run-result.ts';
import type { Verdict } from '../domain/verdict.ts';
import { escapeXmlAttr, escapeXmlText } from './_escape.ts';
import { formatSubjects, STATUS_LABEL } from './_model.ts';
import { truncate } from './_text.ts';
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

function verdictCase(result: ScenarioResult, verdict: Verdict, titles: ReadonlyMap<string, string>): string {
  const title = titles.get(verdict.ruleId) ?? '';
  const open = `    <testcase name="${attr(`${verdict.ruleId} ${title}`.trim())}" classname="${attr(result.scenario.id)}" time="0"`;
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
      return `${open}>\n      <failure message="${attr(message)}" type="violated">${body(lines.join('\n'))}</failure>\n    </testcase>`;
    }
    case 'not-exercised':
    case 'not-applicable':
      return `${open}>\n      <skipped message="${attr(`${STATUS_LABEL[verdict.status]}: ${verdict.why}`)}"/>\n    </testcase>`;
  }
}

function testsuite(
  result: ScenarioResult,
  titles: ReadonlyMap<string, string>,
  startedAt: string,
): [string, Counts] {
  const cases = result.verdicts.map((v) => verdictCase(result, v, titles));
  const classname = attr(result.scenario.id);
  for (const e of result.expectations) {
    const open = `    <testcase name="${attr(`expectation: ${e.description}`)}" classname="${classname}" time="0"`;
    const failure = `expected ${e.expected}, actual ${e.actual}`;
    cases.push(
      e.ok
        ? `${open}/>`
        : `${open}>\n      <failure message="${attr(failure)}" type="expectation">${body(`expected: ${e.expected}\nactual: ${e.actual}`)}</failure>\n    </testcase>`,
    );
  }
  const counts: Counts = {
    tests: result.verdicts.length + result.expectations.length,
    failures:
      result.verdicts.filter((v) => v.status === 'violated').length +
      result.expectations.filter((e) => !e.ok).length,
    skipped: result.verdicts.filter((v) => v.status === 'not-exercised' || v.status === 'not-applicable')
      .length,
  };
  const properties = [
    ['title', result.scenario.title],
    ['file', result.scenario.file ?? ''],
    ['system', result.system],
    ['profile', result.options.profile],
    ['targets', result.scenario.targets.join(' ')],
  ]
    .map(([name = '', value = '']) => `      <property name="${attr(name)}" value="${attr(value)}"/>`)
    .join('\n');
  const open =
    `  <testsuite name="${classname}" tests="${counts.tests}" failures="${counts.failures}" errors="0" ` +
    `skipped="${counts.skipped}" time="0" timestamp="${attr(startedAt)}">`;
  return [
    [open, `    <properties>\n${properties}\n    </properties>`, ...cases, '  </testsuite>'].join('\n'),
    counts,
  ];
}

/** Renders the JUnit XML text of a run, naming rules with the catalogue's titles. */
export function renderJunit(run: RunResult, catalogue: readonly RuleInfo[]): string {
  const titles = new Map<string, string>(catalogue.map((info) => [info.id, info.title]));
  const total: Counts = { tests: 0, failures: 0, skipped: 0 };
  const suites = run.results.map((result) => {
    const [xml, counts] = testsuite(result, titles, run.startedAt);
    total.tests += counts.tests;
    total.failures += counts.failures;
    total.skipped += counts.skipped;
    return xml;
  });
  const open =
    `<testsuites name="${attr(run.tool.name)}" tests="${total.tests}" failures="${total.failures}" ` +
    `errors="0" skipped="${total.skipped}" time="0">`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', open, ...suites, '</testsuites>', ''].join('\n');
}

/**
 * JUnit XML: a `<testsuite>` per scenario, a `<testcase>` per rule verdict (name "ID title",
 * classname the scenario ID) and per expectation; violated and failed → `<failure>`,
 * not exercised / not applicable → `<skipped>`. Times are 0: the run measures simulated time only.
 */
export const junitReporter: Reporter = {
  name: 'junit',
  fileName: 'junit.xml',
  render(run, context) {
    return renderJunit(run, context.catalogue);
  },
};
