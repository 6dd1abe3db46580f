// State diagrams as inline SVG with a simple layered layout: layer = BFS depth from the initial
// state, left to right; forward edges straight, back edges arched below, self-loops above.
import type { StateDiagram } from '../domain/diagram.ts';
import { html } from './_html.ts';
import type { SafeHtml } from './_html.ts';
import { clip, truncate } from './_text.ts';

const NODE_H = 32;
const V_GAP = 26;
const H_GAP = 120;
const PAD = 16;
const TOP = 40; // room for self-loops
const LABEL_MAX = 26;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly layer: number;
}

function layers(diagram: StateDiagram): Map<string, number> {
  const depth = new Map<string, number>([[diagram.initial, 0]]);
  const queue = [diagram.initial];
  for (let head = 0; head < queue.length; head += 1) {
    const from = queue[head] ?? '';
    for (const t of diagram.transitions) {
      if (t.from === from && !depth.has(t.to)) {
        depth.set(t.to, (depth.get(from) ?? 0) + 1);
        queue.push(t.to);
      }
    }
  }
  // Unreachable states still appear, in one extra layer at the end.
  const last = Math.max(0, ...depth.values()) + 1;
  for (const s of diagram.states) if (!depth.has(s.id)) depth.set(s.id, last);
  return depth;
}

function layout(diagram: StateDiagram): { boxes: Map<string, Box>; width: number; height: number } {
  const depth = layers(diagram);
  const ids = [...new Set([...diagram.states.map((s) => s.id), ...depth.keys()])];
  const byLayer = new Map<number, string[]>();
  for (const id of ids) {
    const d = depth.get(id) ?? 0;
    byLayer.set(d, [...(byLayer.get(d) ?? []), id]);
  }
  const boxes = new Map<string, Box>();
  let x = PAD + 14; // room for the initial-state dot
  let height = 0;
  for (const layer of [...byLayer.keys()].sort((a, b) => a - b)) {
    const members = byLayer.get(layer) ?? [];
    const w = Math.max(...members.map((id) => 24 + 7 * Math.min(LABEL_MAX, Array.from(id).length)));
    members.forEach((id, i) => boxes.set(id, { x, y: TOP + i * (NODE_H + V_GAP), w, layer }));
    height = Math.max(height, TOP + members.length * (NODE_H + V_GAP));
    x += w + H_GAP;
  }
  return { boxes, width: x - H_GAP + PAD, height };
}

function edge(from: Box, to: Box, label: string, marker: string, bottom: number): SafeHtml {
  // Labels sit between layers: long ones are cut to the gap, the full text is in the tooltip.
  const text = clip(label, 18);
  if (from === to) {
    const cx = from.x + from.w / 2;
    return html`<path
        class="edge"
        d="M${cx - 10},${from.y} C${cx - 30},${from.y - 30} ${cx + 30},${from.y - 30} ${cx + 10},${from.y}"
        marker-end="url(#${marker})"
      /><text class="edge-label" x="${cx}" y="${from.y - 26}" text-anchor="middle"
        >${text}<title>${label}</title></text
      >`;
  }
  if (to.layer > from.layer) {
    const [x1, y1, x2, y2] = [from.x + from.w, from.y + NODE_H / 2, to.x, to.y + NODE_H / 2];
    return html`<line
        class="edge"
        x1="${x1}"
        y1="${y1}"
        x2="${x2 - 2}"
        y2="${y2}"
        marker-end="url(#${marker})"
      /><text class="edge-label" x="${(x1 + x2) / 2}" y="${(y1 + y2) / 2 - 5}" text-anchor="middle"
        >${text}<title>${label}</title></text
      >`;
  }
  // Back or same-layer edge: arch below everything so it never crosses a box.
  const [x1, y1, x2, y2] = [from.x + from.w / 2, from.y + NODE_H, to.x + to.w / 2, to.y + NODE_H];
  return html`<path
      class="edge"
      stroke-dasharray="4 3"
      d="M${x1},${y1} C${x1},${bottom} ${x2},${bottom} ${x2},${y2 + 2}"
      marker-end="url(#${marker})"
    /><text class="edge-label" x="${(x1 + x2) / 2}" y="${bottom - 4}" text-anchor="middle"
      >${text}<title>${label}</title></text
    >`;
}

/** One machine's diagram; `index` keeps marker IDs unique (they never come from data). */
export function diagramView(diagram: StateDiagram, index: number): SafeHtml {
  const { boxes, width, height: content } = layout(diagram);
  const depth = (id: string): number => boxes.get(id)?.layer ?? 0;
  // Back edges arch below the boxes: leave room for them only when there are some.
  const arches = diagram.transitions.some((t) => t.from !== t.to && depth(t.to) <= depth(t.from));
  const height = content + (arches ? 50 : 0);
  const marker = `arrow-${index}`;
  const grouped = new Map<string, { from: string; to: string; events: string[] }>();
  for (const t of diagram.transitions) {
    const key = JSON.stringify([t.from, t.to]);
    const g = grouped.get(key) ?? { from: t.from, to: t.to, events: [] };
    g.events.push(t.event);
    grouped.set(key, g);
  }
  const bottom = height - 14;
  const edges = [...grouped.values()].flatMap((g) => {
    const from = boxes.get(g.from);
    const to = boxes.get(g.to);
    return from === undefined || to === undefined
      ? []
      : [edge(from, to, g.events.join(', '), marker, bottom)];
  });
  const finals = new Set(diagram.states.filter((s) => s.final).map((s) => s.id));
  const nodes = [...boxes.entries()].map(([id, b]) => {
    const ring = finals.has(id)
      ? html`<rect
          x="${b.x + 3}"
          y="${b.y + 3}"
          width="${b.w - 6}"
          height="${NODE_H - 6}"
          rx="7"
          fill="none"
          stroke="#1a7f37"
        />`
      : '';
    return html`<g
      ><rect
        x="${b.x}"
        y="${b.y}"
        width="${b.w}"
        height="${NODE_H}"
        rx="9"
        fill="${id === diagram.initial ? '#ddf4ff' : '#fff'}"
        stroke="#57606a"
      />${ring}<text x="${b.x + b.w / 2}" y="${b.y + 20}" text-anchor="middle"
        >${clip(id, LABEL_MAX)}<title>${id}</title></text
      ></g
    >`;
  });
  const start = boxes.get(diagram.initial);
  const dot =
    start === undefined
      ? ''
      : html`<circle cx="${PAD}" cy="${start.y + NODE_H / 2}" r="5" fill="#24292f" /><line
            class="edge"
            x1="${PAD + 5}"
            y1="${start.y + NODE_H / 2}"
            x2="${start.x - 2}"
            y2="${start.y + NODE_H / 2}"
            marker-end="url(#${marker})"
          />`;
  return html`<figure class="diagram panel">
    <figcaption>
      <b>${truncate(diagram.machineId, 80)}</b>
      <span class="muted">${diagram.states.length} states, ${diagram.transitions.length} transitions</span>
    </figcaption>
    <svg
      role="img"
      aria-label="${`State diagram of ${truncate(diagram.machineId, 80)}`}"
      width="${width}"
      height="${height}"
      viewBox="0 0 ${width} ${height}"
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
      ${edges}${nodes}${dot}
    </svg>
  </figure>`;
}
