// `preview --format html`: the demo migration as one self-contained page (no script, no network,
// the HTML report's style and CSP), built with the report's escaping `html` template.
import { html, join, SafeHtml } from '../reports/safe-html.ts';
import { PAGE_META, STYLE } from '../reports/html-assets.ts';
import { truncate } from '../reports/text-helpers.ts';
import { formatDuration } from './move-counts.ts';
import type { PreviewDetails } from './preview-details.ts';
import type { PreviewResult } from './preview-plan.ts';
import { historyText } from './preview-render.ts';

const LEFT_SHOWN = 50;
const STYLE_TAG = new SafeHtml(`<style>${STYLE}
.chart-legend span { margin-right: 14px; } .chart-legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; }
</style>`);
const SERIES = [
  ['moved', 'conversations moved', '#0969da'],
  ['notifications', 'notifications sent', '#bf8700'],
  ['arrivals', 'conversations arriving', '#8250df'],
] as const;

const card = (n: number | string, label: string, cls = ''): SafeHtml =>
  html`<div class="card">
    <div class="n ${cls}">${n}</div>
    <div class="l">${label}</div>
  </div>`;

function beforeAfter(d: PreviewDetails): SafeHtml {
  const row = (label: string, key: keyof PreviewDetails['before']): SafeHtml =>
    html`<tr>
      <td>${label}</td>
      <td>${d.before[key]}</td>
      <td>${d.after[key]}</td>
    </tr>`;
  return html`<table class="diff" id="before-after">
    <tr>
      <th></th>
      <th>before</th>
      <th>after</th>
    </tr>
    ${row('conversations in the inbox', 'inbox')}${row('conversations in help desk', 'helpDesk')}
    ${row('tickets', 'tickets')}
  </table>`;
}

/** Grouped bars per bucket of the move's duration; the axis reads simulated time from the start. */
function chart(d: PreviewDetails): SafeHtml {
  const s = d.series;
  const max = Math.max(1, ...SERIES.flatMap(([key]) => s[key]));
  const [width, height, left, bottom, bar] = [640, 180, 40, 24, 12];
  const slot = (width - left) / s.moved.length;
  const y = (n: number): number => (height - bottom) * (1 - n / max);
  const bars = s.moved.flatMap((_, i) =>
    SERIES.map(([key, label, colour], k) => {
      const n = s[key][i] ?? 0;
      const x = left + i * slot + 4 + k * bar;
      return html`<rect
        x="${x}"
        y="${y(n)}"
        width="${bar - 2}"
        height="${height - bottom - y(n)}"
        fill="${colour}"
        ><title>${`${label}: ${n}`}</title></rect
      >`;
    }),
  );
  const ticks = s.moved.map((_, i) =>
    i % 3 === 0
      ? html`<text class="edge-label" x="${left + i * slot}" y="${height - 6}"
          >+${formatDuration(i * s.bucketMs)}</text
        >`
      : '',
  );
  return html`<figure class="panel" id="chart">
    <svg
      role="img"
      aria-label="The move over time"
      width="${width}"
      height="${height}"
      viewBox="0 0 ${width} ${height}"
    >
      <text class="edge-label" x="0" y="12">${max}</text>
      <line x1="${left}" x2="${width}" y1="${height - bottom}" y2="${height - bottom}" stroke="#d1d9e0" />
      ${bars}${ticks}
    </svg>
    <figcaption class="chart-legend muted">
      ${SERIES.map(([, label, colour]) => html`<span><i style="background:${colour}"></i>${label}</span>`)} —
      per ${formatDuration(s.bucketMs)} of simulated time
    </figcaption>
  </figure>`;
}

function outcome(p: PreviewResult): SafeHtml {
  const { counts, start } = p;
  if (start.status !== 'accepted') {
    const rule = start.status === 'refused' ? `${start.ruleId}: ` : '';
    return html`<p class="failure">
      The move would be ${start.status}: <span class="txt">${rule}${start.reason}</span>
    </p>`;
  }
  const d = p.details;
  const access = d.accessNeeded.users.map(
    (u) =>
      html`<li>
        <span class="txt">${truncate(u.name, 200)}</span> <span class="muted txt">${u.id}</span> —
        ${u.tickets}
      </li>`,
  );
  const left = p.leftBehind
    .slice(0, LEFT_SHOWN)
    .map(
      (t) =>
        html`<li>
          <span class="txt">${t.conversationId}</span> → <span class="txt">${t.continuedIn}</span>
        </li>`,
    );
  return html`<section id="counts">
      <div class="cards">
        ${card(counts.conversationsMoved, 'conversations moved')}${card(counts.ticketsMoved, 'tickets moved')}
        ${card(counts.ticketsCreated, 'tickets created', 'pass')}
        ${card(counts.ticketsUnassigned, 'tickets left unassigned', counts.ticketsUnassigned > 0 ? 'violated' : '')}
        ${card(p.leftBehind.length, 'threads left behind', p.leftBehind.length > 0 ? 'not-exercised' : '')}
        ${card(counts.notifications, 'notifications')}${card(formatDuration(counts.durationMs), 'duration')}
      </div>
    </section>
    <section>
      <h2>Before and after</h2>
      ${beforeAfter(d)}
    </section>
    <section>
      <h2>Over the move</h2>
      ${chart(d)}
    </section>
    <section id="access">
      <h2>Give help desk access to (${d.accessNeeded.total})</h2>
      ${
        access.length === 0
          ? html`<p class="muted">Nobody: every owner keeps their tickets.</p>`
          : html`<p class="muted">Their tickets are left unassigned otherwise (user — tickets).</p>
              <ul>
                ${access}
              </ul>`
      }
    </section>
    <section id="left-behind">
      <h2>Threads left behind (${p.leftBehind.length})</h2>
      ${
        left.length === 0
          ? html`<p class="muted">None.</p>`
          : html`<ul>
              ${left}
            </ul>`
      }
    </section>`;
}

/** The preview page. Pure: same preview, same bytes (no clock: times are simulated). */
export function renderPreviewHtml(p: PreviewResult): string {
  const warnings = p.advice.map((a) => {
    const figures = Object.entries(a.figures)
      .map(([k, v]) => `${k} ${Number.isInteger(v) ? v : v.toFixed(2)}`)
      .join(', ');
    return html`<li>
      <b>${a.ruleId}</b> <span class="txt">${truncate(a.message, 1000)}</span>
      <span class="muted">${figures}</span>
    </li>`;
  });
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        ${PAGE_META}
        <title>Preview: move ${truncate(p.channel.name, 100)}</title>
        ${STYLE_TAG}
      </head>
      <body>
        <header class="top">
          <h1>
            Preview: move ${p.channel.kind} channel “<span class="txt">${truncate(p.channel.name, 200)}</span
            >”
          </h1>
          <p class="meta">
            <span class="txt">${p.channel.id}</span> · ${historyText(p)} · system ${p.system} · profile
            ${p.options.profile}
          </p>
        </header>
        <main>
          ${outcome(p)}
          <section id="warnings">
            <h2>Warnings before the move (${p.advice.length})</h2>
            ${
              warnings.length === 0
                ? html`<p class="muted">No warnings before the move.</p>`
                : html`<ul class="advice">
                    ${join(warnings)}
                  </ul>`
            }
          </section>
        </main>
      </body>
    </html> `;
  return page.value;
}
