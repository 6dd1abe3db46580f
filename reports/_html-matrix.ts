// The rule matrix (rules × scenarios, coloured by verdict) with its filter bar.
import type { RunResult } from '../domain/run-result.ts';
import type { Verdict, VerdictStatus } from '../domain/verdict.ts';
import { html, join } from './safe-html.ts';
import type { SafeHtml } from './safe-html.ts';
import { STATUS_LABEL, verdictNote } from './_report-rows.ts';
import type { RuleRow } from './_report-rows.ts';
import { truncate } from './text-helpers.ts';

/** The mark in a matrix cell, by status. */
export const STATUS_MARK = {
  pass: '✓',
  violated: '✗',
  'not-exercised': '○',
  'not-applicable': '–',
} as const satisfies Record<VerdictStatus, string>;

const STATUSES = [
  'violated',
  'pass',
  'not-exercised',
  'not-applicable',
] as const satisfies readonly VerdictStatus[];

function cell(verdict: Verdict | null, scenario: string): SafeHtml {
  if (verdict === null) return html`<td class="v v-none" title="${`${scenario}: no verdict`}">·</td>`;
  const tip = `${scenario}: ${STATUS_LABEL[verdict.status]} — ${truncate(verdictNote(verdict), 300)}`;
  return html`<td class="v v-${verdict.status}" data-status="${verdict.status}" title="${tip}">
    ${STATUS_MARK[verdict.status]}
  </td>`;
}

function row(r: RuleRow, scenarios: readonly string[]): SafeHtml {
  const statuses = STATUSES.filter((s) => r.counts[s] > 0).join(' ');
  const totals = STATUSES.filter((s) => r.counts[s] > 0).map((s) => `${r.counts[s]}${STATUS_MARK[s]}`);
  return html`<tr
    data-group="${r.group}"
    data-kind="${r.kind ?? 'unknown'}"
    data-statuses="${statuses}"
    data-search="${`${r.id} ${r.title}`.toLowerCase()}"
  >
    <td class="rule">${r.id}</td>
    <td>${r.kind ?? '?'}</td>
    <td class="title" title="${truncate(r.title, 500)}">${truncate(r.title, 120)}</td>
    ${r.cells.map((c, i) => cell(c, scenarios[i] ?? ''))}
    <td class="totals">${totals.join(' ')}</td>
  </tr> `;
}

function filters(rows: readonly RuleRow[]): SafeHtml {
  const groups = [...new Set(rows.map((r) => r.group))];
  const kinds = [...new Set(rows.map((r) => r.kind ?? 'unknown'))];
  const option = (value: string): SafeHtml => html`<option value="${value}">${value}</option>`;
  // A select of the filter bar, labelled; the two are joined one per line, like the rest of the bar.
  const select = (label: string, id: string, values: readonly string[]): SafeHtml =>
    html`<label
      >${label}
      <select id="${id}">
        <option value="all">All</option>
        ${values.map(option)}
      </select></label
    >`;
  const button = (value: string, label: string): SafeHtml =>
    html`<button
      type="button"
      data-filter-status="${value}"
      aria-pressed="${value === 'all' ? 'true' : 'false'}"
    >
      ${label}
    </button>`;
  return html`<div class="filters" role="group" aria-label="Filter rules">
    <span>Status</span
    >${button('all', 'All')}${STATUSES.map((s) => button(s, `${STATUS_MARK[s]} ${STATUS_LABEL[s]}`))}
    ${join([select('Group', 'filter-group', groups), select('Kind', 'filter-kind', kinds)], '\n    ')}
    <input type="search" id="filter-text" placeholder="Search rule ID or title" aria-label="Search rules" />
    <span id="matrix-count" aria-live="polite">${rows.length} of ${rows.length} rules shown</span>
  </div>`;
}

/** The matrix section: filters, the table, and which scenario each column is. */
export function matrixSection(run: RunResult, rows: readonly RuleRow[]): SafeHtml {
  const ids = run.results.map((r) => r.scenario.id);
  const heads = run.results.map(
    (r, i) =>
      html`<th title="${truncate(`${r.scenario.id} — ${r.scenario.title}`, 500)}" class="scol ${r.outcome}">
        S${i + 1}
      </th>`,
  );
  const legend = run.results.map(
    (r, i) =>
      html`<span
        ><b>S${i + 1}</b> <span class="badge ${r.outcome}">${r.outcome}</span> ${truncate(r.scenario.id, 100)}
        — ${truncate(r.scenario.title, 160)}</span
      >`,
  );
  const key = STATUSES.map(
    (s) => html`<span><span class="v v-${s}">&nbsp;${STATUS_MARK[s]}&nbsp;</span> ${STATUS_LABEL[s]}</span>`,
  );
  return html`<section id="matrix-section">
    <h2>Rule matrix</h2>
    <div class="panel">
      ${filters(rows)}
      <div class="scroll">
        <table class="matrix" id="matrix">
          <thead>
            <tr>
              <th>Rule</th>
              <th>Kind</th>
              <th>Title</th>
              ${heads}
              <th>Totals</th>
            </tr>
          </thead>
          <tbody>
            ${join(rows.map((r) => row(r, ids)))}
          </tbody>
        </table>
      </div>
      <div class="legend">
        ${key}<span><span class="v v-none">&nbsp;·&nbsp;</span> no verdict</span>
      </div>
      <div class="legend">${legend}</div>
    </div>
  </section>`;
}
