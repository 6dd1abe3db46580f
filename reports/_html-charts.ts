// Exploration charts as inline SVG bars: which rules random runs reached, what failed and when.
import type { ExploreSummary } from '../domain/run-result.ts';
import { html } from './safe-html.ts';
import type { SafeHtml } from './safe-html.ts';
import type { RuleInfo } from './reporter.ts';
import { clip, plural, truncate } from './text-helpers.ts';

interface Bar {
  readonly label: string;
  readonly value: number;
  readonly note: string;
}

const ROW_H = 18;
const LABEL_W = 150;
const BAR_W = 260;

/** A horizontal bar chart; `max` is the full-width value (at least 1). */
function barChart(title: string, bars: readonly Bar[], max: number, colour: string): SafeHtml {
  if (bars.length === 0)
    return html`<figure class="panel chart">
      <figcaption><b>${title}</b></figcaption>
      <p class="muted">Nothing to show.</p>
    </figure>`;
  const scale = BAR_W / Math.max(1, max);
  const height = bars.length * ROW_H + 8;
  const width = LABEL_W + BAR_W + 90;
  const rows = bars.map((b, i) => {
    const y = 4 + i * ROW_H;
    const w = Math.max(b.value > 0 ? 2 : 0, Math.round(b.value * scale));
    return html`<g
      ><title>${`${b.label}: ${b.note}`}</title
      ><text x="${LABEL_W - 6}" y="${y + 12}" text-anchor="end">${clip(b.label, 24)}</text
      ><rect x="${LABEL_W}" y="${y + 2}" width="${BAR_W}" height="${ROW_H - 5}" fill="#f6f8fa" /><rect
        x="${LABEL_W}"
        y="${y + 2}"
        width="${w}"
        height="${ROW_H - 5}"
        fill="${colour}"
      /><text x="${LABEL_W + BAR_W + 6}" y="${y + 12}">${clip(b.note, 16)}</text></g
    >`;
  });
  return html`<figure class="panel chart">
    <figcaption><b>${title}</b></figcaption>
    <svg
      role="img"
      aria-label="${title}"
      width="${width}"
      height="${height}"
      viewBox="0 0 ${width} ${height}"
      xmlns="http://www.w3.org/2000/svg"
    >
      ${rows}
    </svg>
  </figure>`;
}

/** The exploration section: rules exercised, failures by rule, runs to failure, machine coverage. */
export function exploreSection(explore: ExploreSummary, catalogue: readonly RuleInfo[]): SafeHtml {
  const exercised = new Map(Object.entries(explore.rulesExercised));
  const ruleIds = [...new Set([...catalogue.map((r) => r.id as string), ...exercised.keys()])];
  const exercisedBars = ruleIds.map((id) => {
    const n = exercised.get(id) ?? 0;
    return { label: id, value: n, note: `${n} of ${explore.runs}` };
  });
  const failuresByRule = new Map<string, number>();
  for (const f of explore.failures) failuresByRule.set(f.ruleId, (failuresByRule.get(f.ruleId) ?? 0) + 1);
  const failureBars = [...failuresByRule].map(([id, n]) => ({ label: id, value: n, note: String(n) }));
  const recorded = explore.failures.filter((f) => f.runIndex !== undefined);
  const runsToFailure = recorded.map((f) => ({
    label: `${f.ruleId} (seed ${f.seed})`,
    value: f.runIndex ?? 0,
    note: `run ${f.runIndex ?? '?'}`,
  }));
  const coverage = explore.coverage.flatMap((c) => [
    {
      label: `${c.machineId} states`,
      value: c.statesCovered / Math.max(1, c.statesTotal),
      note: `${c.statesCovered}/${c.statesTotal}`,
    },
    {
      label: `${c.machineId} transitions`,
      value: c.transitionsCovered / Math.max(1, c.transitionsTotal),
      note: `${c.transitionsCovered}/${c.transitionsTotal}`,
    },
  ]);
  const failureList = explore.failures.map(
    (f) =>
      html`<li>
        <b>${f.ruleId}</b> seed ${f.seed}, path <code>${truncate(f.path, 200)}</code>,
        ${plural(f.conversations, 'conversation')},
        ${plural(f.commands, 'command')}${f.savedAs === null ? '' : html`, saved as <code>${truncate(f.savedAs, 200)}</code>`}
        <div class="val">${truncate(f.replay, 1000)}</div>
      </li>`,
  );
  return html`<section id="explore">
    <h2>Exploration: ${explore.runs} runs, seed ${explore.seed}</h2>
    <div class="charts">
      ${barChart('Runs exercising each rule', exercisedBars, explore.runs, '#0969da')}
      <div>
        ${barChart('Failures by rule', failureBars, Math.max(1, ...failureBars.map((b) => b.value)), '#cf222e')}
        ${recorded.length > 0 ? barChart('Runs to failure', runsToFailure, explore.runs, '#bf8700') : ''}
        ${barChart('Machine coverage', coverage, 1, '#1a7f37')}
      </div>
    </div>
    ${
      failureList.length > 0
        ? html`<h3>Failures and how to replay them</h3>
            <ul class="advice panel">
              ${failureList}
            </ul>`
        : ''
    }
  </section>`;
}
