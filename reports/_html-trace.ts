// A scenario step by step (after Playwright's trace viewer): the list of commands on the left; the
// selected step's world diff, events, observation, machine states and pinned findings on the right.
// Everything is rendered here; the page script only shows one step and moves the selection.
import type { ScenarioResult, StepView, WorldChange } from '../domain/run-result.ts';
import type { Finding } from '../domain/verdict.ts';
import { html, join } from './safe-html.ts';
import type { SafeHtml } from './safe-html.ts';
import { formatDuration, plural, truncate } from './text-helpers.ts';

const FINDINGS_PINNED = 10;
const TEXT_MAX = 300;

/** The anchor of one step of scenario S`n` (1-based); findings link to it. */
export const stepAnchor = (scenario: number, step: number): string => `scenario-${scenario}-step-${step}`;

interface Pinned {
  readonly ruleId: string;
  readonly finding: Finding;
}

/** Violated verdicts' findings by the step they name (-1: before the first step). */
function pinnedByStep(r: ScenarioResult): Map<number, Pinned[]> {
  const byStep = new Map<number, Pinned[]>();
  for (const verdict of r.verdicts) {
    if (verdict.status !== 'violated') continue;
    for (const finding of verdict.findings) {
      const step = finding.subjects.step;
      if (step === undefined) continue;
      byStep.set(step, [...(byStep.get(step) ?? []), { ruleId: verdict.ruleId, finding }]);
    }
  }
  return byStep;
}

const IDS_SHOWN = 8;

/** Changes alike but for their object (40 conversations moved to the help desk) share one row. */
function groupChanges(changes: readonly WorldChange[]): { first: WorldChange; ids: string[] }[] {
  const groups = new Map<string, { first: WorldChange; ids: string[] }>();
  for (const c of changes) {
    const key = JSON.stringify([c.collection, c.change, c.fields]);
    const group = groups.get(key) ?? { first: c, ids: [] };
    group.ids.push(c.id);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function changeRow({ first: c, ids }: { first: WorldChange; ids: readonly string[] }): SafeHtml {
  // A created object's fields are all new: one line of `field value` pairs says it in less space.
  const fields =
    c.change === 'created'
      ? html`<li class="txt">${c.fields.map((f) => `${f.field} ${f.after}`).join(' · ')}</li>`
      : c.fields.map(
          (f) =>
            html`<li>
              <span class="txt">${f.field}</span>: <s class="txt">${f.before}</s> →
              <ins class="txt">${f.after}</ins>
            </li>`,
        );
  const more = ids.length > IDS_SHOWN ? ` +${ids.length - IDS_SHOWN} more` : '';
  const shown = ids
    .slice(0, IDS_SHOWN)
    .map((id) => truncate(id, 120))
    .join(', ');
  return html`<tr>
    <td>${c.collection}</td>
    <td class="txt">${shown}${more}</td>
    <td class="chg-${c.change}">${c.change}</td>
    <td>
      <ul class="fields">
        ${fields}
      </ul>
    </td>
  </tr>`;
}

function changesView(step: StepView): SafeHtml {
  if (step.changes === null)
    return html`<p class="muted">World not recorded at this step (big world): see the events.</p>`;
  if (step.changes.total === 0) return html`<p class="muted">Nothing in the world changed.</p>`;
  const more = step.changes.total - step.changes.shown.length;
  return html`<div class="diff-box">
      <table class="diff">
        <tr>
          <th>collection</th>
          <th>ID</th>
          <th>change</th>
          <th>field: before → after</th>
        </tr>
        ${groupChanges(step.changes.shown).map(changeRow)}
      </table>
    </div>
    ${more > 0 ? html`<p class="muted">and ${plural(more, 'more object')} changed.</p>` : ''}`;
}

function detailView(step: StepView, anchor: string, t0: number, pinned: readonly Pinned[]): SafeHtml {
  const o = step.observation;
  const events = step.events.shown.map(
    (e) =>
      html`<li>
        <span class="muted">+${formatDuration(e.at - t0)}</span> <b>${e.kind}</b>
        <span class="txt">${truncate(e.label, TEXT_MAX)}</span>
      </li>`,
  );
  const moreEvents = step.events.total - step.events.shown.length;
  // Leaves only: a parent state is active when one of its children is (the page script knows).
  const states = Object.entries(step.states).map(([machine, ids]) => {
    const leaves = ids.filter((id) => !ids.some((other) => other.startsWith(`${id}.`)));
    return html`<li data-machine="${machine}" data-states="${leaves.join(' ')}">
      <b>${machine}</b> ${leaves.join(', ')}
    </li>`;
  });
  const findings = pinned.slice(0, FINDINGS_PINNED).map(
    (p) =>
      html`<li>
        <b>${p.ruleId}</b> expected <span class="txt">${truncate(p.finding.expected, TEXT_MAX)}</span>, actual
        <span class="txt">${truncate(p.finding.actual, TEXT_MAX)}</span>
      </li>`,
  );
  return html`<div class="step-detail" id="${anchor}" data-step="${step.index}" hidden>
    <h4>
      Step ${step.index + 1} <span class="badge ${step.status}">${step.status}</span>
      <span class="txt">${truncate(step.command, TEXT_MAX)}</span>
    </h4>
    <p class="muted">
      +${formatDuration(step.from - t0)} → +${formatDuration(step.at - t0)} ·
      <span class="txt">${truncate(step.result, TEXT_MAX)}</span>
    </p>
    ${
      findings.length > 0
        ? html`<div class="pinned">
            <b>${plural(pinned.length, 'finding')} at this step</b>
            <ul>
              ${findings}
            </ul>
          </div>`
        : ''
    }
    <h5>World changes</h5>
    ${changesView(step)}
    <h5>Events (${step.events.total})</h5>
    ${
      events.length > 0
        ? html`<ol class="tl-list">
            ${events}
          </ol>`
        : html`<p class="muted">No events.</p>`
    }
    ${moreEvents > 0 ? html`<p class="muted">and ${plural(moreEvents, 'more event')}.</p>` : ''}
    <h5>Observation</h5>
    <dl class="facts">
      <dt>banner</dt>
      <dd class="txt">${o.banner ?? 'hidden'}</dd>
      <dt>notifications</dt>
      <dd>${o.notificationsOn ? 'on' : 'off'}</dd>
      <dt>move</dt>
      <dd class="txt">${o.move ?? 'none running'}</dd>
      <dt>channels</dt>
      <dd class="txt">${truncate(o.channels, TEXT_MAX)}</dd>
    </dl>
    <h5>Machine states implied</h5>
    <ul class="states">
      ${states}
    </ul>
  </div>`;
}

/** The trace view of scenario S`n` (1-based), or nothing when the run recorded no steps. */
export function traceView(r: ScenarioResult, n: number): SafeHtml {
  const steps = r.steps ?? [];
  if (steps.length === 0) return html``;
  const t0 = steps[0]?.from ?? 0;
  const pinned = pinnedByStep(r);
  const list = steps.map((step, i) => {
    const count = pinned.get(step.index)?.length ?? 0;
    const gap = i > 0 && (steps[i - 1]?.index ?? 0) + 1 !== step.index;
    return html`${gap ? html`<li class="gap muted">… steps not kept …</li>` : ''}
      <li>
        <button
          type="button"
          class="step-btn ${step.status}${count > 0 ? ' has-finding' : ''}"
          data-step="${step.index}"
          aria-selected="false"
        >
          <span class="num">${step.index + 1}</span>
          <span class="muted">+${formatDuration(step.at - t0)}</span>
          <span class="txt">${truncate(step.command, 120)}</span
          >${count > 0 ? html` <b class="ko">⚑ ${count}</b>` : ''}
        </button>
      </li>`;
  });
  const before = pinned.get(-1)?.length ?? 0;
  return html`<details class="trace-wrap" ${pinned.size > 0 ? 'open' : ''}>
    <summary>Step through (${plural(steps.length, 'step')})</summary>
    <div class="trace" data-scenario="${n}" tabindex="0" aria-label="Steps of S${n}: use ← and →">
      <ol class="steps">
        ${list}
      </ol>
      <div class="step-pane">
        ${before > 0 ? html`<p class="pinned">${plural(before, 'finding')} about the world before the first step.</p>` : ''}
        ${join(steps.map((step) => detailView(step, stepAnchor(n, step.index), t0, pinned.get(step.index) ?? [])))}
      </div>
    </div>
  </details>`;
}
