// State diagrams as inline SVG, drawn from the geometry ELK computed at report-build time
// (reports/diagram-layout.ts): compound states and parallel regions as nested boxes, labels where
// ELK put them, no script needed to view them.
import { html } from './safe-html.ts';
import type { SafeHtml } from './safe-html.ts';
import type { RunResult } from '../domain/run-result.ts';
import type { DiagramLayout, LaidOutEdge, LaidOutNode } from './diagram-layout.ts';
import { truncate } from './text-helpers.ts';

const PAD = 8;

function nodeView(n: LaidOutNode, reached: ReadonlySet<string>): SafeHtml {
  if (n.kind === 'initial')
    return html`<circle class="st-initial" cx="${n.x + n.w / 2}" cy="${n.y + n.h / 2}" r="${n.w / 2}" />`;
  const cls = [
    'st',
    n.kind === 'state' ? 'st-leaf' : 'st-box',
    n.region ? 'st-region' : '',
    n.final ? 'st-final' : '',
    reached.has(n.id) ? 'reached' : '',
  ]
    .filter((c) => c !== '')
    .join(' ');
  const ring = n.final
    ? html`<rect
        class="st-ring"
        x="${n.x + 3}"
        y="${n.y + 3}"
        width="${n.w - 6}"
        height="${n.h - 6}"
        rx="6"
      />`
    : '';
  const label =
    n.kind === 'state'
      ? html`<text class="st-label" x="${n.x + n.w / 2}" y="${n.y + n.h / 2 + 4}" text-anchor="middle"
          >${n.label}</text
        >`
      : html`<text class="st-label" x="${n.x + 8}" y="${n.y + 15}">${n.label}</text>`;
  return html`<g class="${cls}" data-state="${n.id}"
    ><title>${n.id}</title
    ><rect
      x="${n.x}"
      y="${n.y}"
      width="${n.w}"
      height="${n.h}"
      rx="${n.kind === 'state' ? 9 : 6}"
    />${ring}${label}</g
  >`;
}

function edgeView(e: LaidOutEdge, marker: string): SafeHtml {
  const d = e.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
  const title = e.events.join(', ');
  const label =
    e.label === null
      ? ''
      : html`<text
          class="edge-label"
          x="${e.label.x + e.label.w / 2}"
          y="${e.label.y + 11}"
          text-anchor="middle"
          >${e.label.text}<title>${title}</title></text
        >`;
  return html`<g class="tr"><path class="edge" d="${d}" marker-end="url(#${marker})" />${label}</g>`;
}

/**
 * One machine's diagram. `reached`: the states some scenario of the run reached (highlighted);
 * `index` keeps marker IDs unique (they never come from data).
 */
export function diagramView(
  layout: DiagramLayout,
  index: number,
  reached: ReadonlySet<string> = new Set(),
): SafeHtml {
  const { diagram } = layout;
  const marker = `arrow-${index}`;
  const width = layout.width + 2 * PAD;
  const height = layout.height + 2 * PAD;
  const nodes = layout.nodes.map((n) => nodeView(n, reached));
  // Edges drawn after the boxes so that an edge crossing into a compound state stays visible.
  const edges = layout.edges.map((e) => edgeView(e, marker));
  const reachedCount = diagram.states.filter((s) => reached.has(s.id)).length;
  return html`<figure class="diagram panel" data-machine="${diagram.machineId}">
    <figcaption>
      <b>${truncate(diagram.machineId, 80)}</b>
      <span class="muted"
        >${diagram.states.length} states, ${diagram.transitions.length}
        transitions${reached.size > 0 ? `, ${reachedCount} reached` : ''}</span
      >
    </figcaption>
    <svg
      role="img"
      aria-label="${`State diagram of ${truncate(diagram.machineId, 80)}`}"
      width="${width}"
      height="${height}"
      viewBox="${-PAD} ${-PAD} ${width} ${height}"
      xmlns="http://www.w3.org/2000/svg"
    >
      <defs>
        <marker
          id="${marker}"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill="#57606a" />
        </marker>
      </defs>
      ${nodes}${edges}
    </svg>
  </figure>`;
}

/** Per machine, the states some step of some scenario implied (highlighted in the diagrams). */
export function reachedStates(run: RunResult): Map<string, Set<string>> {
  const reached = new Map<string, Set<string>>();
  for (const r of run.results)
    for (const step of r.steps ?? [])
      for (const [machine, ids] of Object.entries(step.states)) {
        const set = reached.get(machine) ?? new Set<string>();
        for (const id of ids) set.add(id);
        reached.set(machine, set);
      }
  return reached;
}
