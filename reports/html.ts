import type { RunResult, ScenarioResult } from '../domain/run-result.ts';
import { PAGE_META, SCRIPT, STYLE } from './html-assets.ts';
import { exploreSection } from './_html-charts.ts';
import { diagramView, reachedStates } from './_html-diagram.ts';
import { matrixSection } from './_html-matrix.ts';
import { timelineView } from './_html-timeline.ts';
import { stepAnchor, traceView } from './_html-trace.ts';
import { html, join, SafeHtml } from './safe-html.ts';
import { buildRuleRows, collectFailures, formatSubjects, totals } from './_report-rows.ts';
import type { Failure } from './_report-rows.ts';
import { formatDuration, plural, truncate } from './text-helpers.ts';
import type { Reporter } from './reporter.ts';

// Long values stay readable in a scrolling box; past this, the JSON report has the rest.
const VALUE_MAX = 2000;
const FINDINGS_SHOWN = 20;
// Built outside the `html` templates, which the formatter re-indents: the script's bytes must match its CSP hash.
const SCRIPT_TAG = new SafeHtml(`<script>${SCRIPT}</script>`);
const STYLE_TAG = new SafeHtml(`<style>${STYLE}</style>`);

const value = (text: string): SafeHtml => html`<div class="val">${truncate(text, VALUE_MAX)}</div>`;

function summary(run: RunResult): SafeHtml {
  const t = totals(run);
  const card = (n: number | string, label: string, cls = ''): SafeHtml =>
    html`<div class="card">
      <div class="n ${cls}">${n}</div>
      <div class="l">${label}</div>
    </div>`;
  return html`<section id="summary">
    <h2>Summary</h2>
    <div class="cards">
      ${card(`${t.passed}/${t.scenarios}`, 'scenarios passed', t.failed > 0 ? 'violated' : 'pass')}
      ${card(t.verdicts.violated, 'verdicts violated', 'violated')}${card(t.verdicts.pass, 'verdicts pass', 'pass')}
      ${card(t.verdicts['not-exercised'], 'not exercised', 'not-exercised')}${card(t.verdicts['not-applicable'], 'not applicable', 'not-applicable')}
      ${card(`${t.expectations.failed}/${t.expectations.total}`, 'expectations failed', t.expectations.failed > 0 ? 'violated' : 'pass')}
    </div>
  </section>`;
}

/** A link from a finding to its step in the trace view, when the scenario kept that step. */
function stepLink(r: ScenarioResult, index: number, step: number | undefined): SafeHtml | '' {
  if (step === undefined || !(r.steps ?? []).some((s) => s.index === step)) return '';
  return html`<a class="step-link" href="#${stepAnchor(index + 1, step)}">show step ${step + 1}</a>`;
}

function failureView(failure: Failure, index: number): SafeHtml {
  const where = html`<span class="muted">in scenario S${index + 1}</span>
    <span class="txt">${truncate(failure.scenario.scenario.id, 200)}</span>`;
  if (failure.type === 'expectation') {
    const e = failure.expectation;
    return html`<div class="failure">
      <h3>Expectation: <span class="txt">${truncate(e.description, 300)}</span> ${where}</h3>
      <table class="findings">
        <tr>
          <th>expected</th>
          <th>actual</th>
        </tr>
        <tr>
          <td>${value(e.expected)}</td>
          <td>${value(e.actual)}</td>
        </tr>
      </table>
    </div>`;
  }
  const rows = failure.findings.slice(0, FINDINGS_SHOWN).map(
    (f) =>
      html`<tr>
        <td>${value(f.expected)}</td>
        <td>${value(f.actual)}</td>
        <td>${value(formatSubjects(f.subjects))}${stepLink(failure.scenario, index, f.subjects.step)}</td>
      </tr>`,
  );
  const more = failure.count - rows.length;
  return html`<div class="failure">
    <h3>
      ${failure.ruleId} <span class="txt">${truncate(failure.title, 200)}</span> ${where} —
      ${plural(failure.count, 'finding')}
    </h3>
    <table class="findings">
      <tr>
        <th>expected</th>
        <th>actual</th>
        <th>IDs</th>
      </tr>
      ${rows}
    </table>
    ${more > 0 ? html`<p class="muted">${plural(more, 'more finding')} not listed here: see the JSON report.</p>` : ''}
  </div>`;
}

function failuresSection(run: RunResult, failures: readonly Failure[]): SafeHtml {
  const index = new Map(run.results.map((r, i) => [r, i] as const));
  const body =
    failures.length === 0
      ? html`<p class="panel ok">No rule violated and every expectation held.</p>`
      : join(failures.map((f) => failureView(f, index.get(f.scenario) ?? 0)));
  return html`<section id="failures">
    <h2>Failures (${failures.length})</h2>
    ${body}
  </section>`;
}

function scenarioView(r: ScenarioResult, i: number): SafeHtml {
  const policies = Object.entries(r.options.policies)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const expectations = r.expectations.map(
    (e) =>
      html`<li>
        ${e.ok ? html`<span class="ok">✓</span>` : html`<span class="ko">✗</span>`}
        <span class="txt">${truncate(e.description, 300)}</span>: expected
        <span class="txt">${truncate(e.expected, 300)}</span>, actual
        <span class="txt">${truncate(e.actual, 300)}</span>
      </li>`,
  );
  const advice = r.advice.map((a) => {
    const figures = Object.entries(a.figures)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    return html`<li>
      <b>${a.ruleId}</b> <span class="txt">${truncate(a.message, 1000)}</span>
      <span class="muted">${figures}</span>
    </li>`;
  });
  return html`<details
    class="scenario"
    id="scenario-${i + 1}"
    ${r.outcome === 'fail' ? new SafeHtml(' open') : ''}
  >
    <summary>
      S${i + 1} <span class="badge ${r.outcome}">${r.outcome}</span>
      <span class="txt">${truncate(r.scenario.id, 200)}</span> —
      <span class="txt">${truncate(r.scenario.title, 300)}</span>
    </summary>
    <dl class="facts">
      <dt>file</dt>
      <dd>${r.scenario.file ?? 'generated'}</dd>
      <dt>targets</dt>
      <dd>${r.scenario.targets.join(', ') || '—'}</dd>
      <dt>system</dt>
      <dd>${r.system}</dd>
      <dt>profile</dt>
      <dd>${r.options.profile}</dd>
      <dt>policies</dt>
      <dd>${policies}</dd>
      <dt>size</dt>
      <dd>
        ${plural(r.stats.conversations, 'conversation')}, ${plural(r.stats.tickets, 'ticket')},
        ${plural(r.stats.commands, 'command')}, ${plural(r.stats.events, 'event')},
        ${formatDuration(r.stats.simulatedMs)} simulated
      </dd>
    </dl>
    ${
      advice.length > 0
        ? html`<h3>Advice before the move</h3>
            <ul class="advice">
              ${advice}
            </ul>`
        : ''
    }
    ${
      expectations.length > 0
        ? html`<h3>Expectations</h3>
            <ul class="expect">
              ${expectations}
            </ul>`
        : ''
    }
    <h3>Timeline</h3>
    ${timelineView(r.timeline)} ${traceView(r, i + 1)}
  </details>`;
}

/** Renders the self-contained HTML page (no network: inline style and script, CSP `default-src 'none'`). */
export function renderHtml(run: RunResult, context: Parameters<Reporter['render']>[1]): string {
  const t = totals(run);
  const rows = buildRuleRows(run, context.catalogue);
  const reached = reachedStates(run);
  const diagrams = context.diagrams.map((d, i) =>
    diagramView(d, i, reached.get(d.diagram.machineId) ?? new Set()),
  );
  const nav = [
    html`<a href="#summary">Summary</a>`,
    html`<a href="#matrix-section">Rule matrix</a>`,
    html`<a href="#failures">Failures</a>`,
    html`<a href="#scenarios">Scenarios</a>`,
    diagrams.length > 0 && html`<a href="#diagrams">State diagrams</a>`,
    run.explore !== undefined && html`<a href="#explore">Exploration</a>`,
  ];
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        ${PAGE_META}
        <title>${run.tool.name} report: ${t.outcome === 'pass' ? 'pass' : `${t.failed} failed`}</title>
        ${STYLE_TAG}
      </head>
      <body>
        <header class="top">
          <h1>${run.tool.name} report <span class="badge ${t.outcome}">${t.outcome.toUpperCase()}</span></h1>
          <p class="meta">
            version ${run.tool.version} · started ${run.startedAt} · seed ${run.seed ?? '—'} ·
            ${plural(t.scenarios, 'scenario')}
          </p>
          <p class="cmd"><span class="txt">$ ${truncate(run.command, 1000)}</span></p>
        </header>
        <nav>${nav}</nav>
        <main>
          ${summary(run)} ${matrixSection(run, rows)}
          ${failuresSection(run, collectFailures(run, context.catalogue))}
          <section id="scenarios">
            <h2>Scenarios</h2>
            ${run.results.length === 0 ? html`<p class="muted">No scenarios were run.</p>` : join(run.results.map(scenarioView))}
          </section>
          ${
            diagrams.length > 0
              ? html`<section id="diagrams">
                  <h2>State diagrams</h2>
                  <p class="muted">
                    Laid out by ELK. Blue: reached by some step of the run; yellow: active at the step
                    selected in a trace view. Dot: initial state; double border: final; dashed box: a region
                    of a parallel state.
                  </p>
                  <div class="diagrams">${diagrams}</div>
                </section>`
              : ''
          }
          ${run.explore === undefined ? '' : exploreSection(run.explore, context.catalogue)}
        </main>
        ${SCRIPT_TAG}
      </body>
    </html> `;
  return page.value;
}

/** One self-contained HTML file: summary, filterable rule matrix, failures, timelines, diagrams, charts. */
export const htmlReporter: Reporter = {
  name: 'html',
  fileName: 'report.html',
  render: renderHtml,
};
