// A scenario's move as a strip: one lane per kind of happening, entries left to right in order.
import type { TimelineEntry } from '../domain/run-result.ts';
import { html } from './safe-html.ts';
import type { SafeHtml } from './safe-html.ts';
import { formatSimTime } from '../domain/time.ts';
import { formatDuration, truncate } from './text-helpers.ts';

type Lane = 'commands' | 'move' | 'arrivals' | 'tickets' | 'notifications' | 'banner' | 'refusals' | 'other';

const LANES = [
  'commands',
  'move',
  'arrivals',
  'tickets',
  'notifications',
  'banner',
  'refusals',
  'other',
] as const satisfies readonly Lane[];

const LANE_OF = {
  command: 'commands',
  'move-started': 'move',
  'move-completed': 'move',
  'conversation-moved': 'move',
  'ticket-moved': 'move',
  'worker-crashed': 'move',
  'worker-restarted': 'move',
  'progress-page-left': 'move',
  'conversation-arrived': 'arrivals',
  'reply-added': 'arrivals',
  'channel-changed': 'arrivals',
  'conversation-closed': 'other',
  'conversation-reopened': 'other',
  'conversation-reassigned': 'other',
  'ticket-created': 'tickets',
  'ticket-assigned': 'tickets',
  'notification-sent': 'notifications',
  'notifications-changed': 'notifications',
  'banner-shown': 'banner',
  'banner-hidden': 'banner',
  'command-refused': 'refusals',
  'access-changed': 'other',
} as const satisfies Record<TimelineEntry['kind'], Lane>;

const COLOUR = {
  commands: '#57606a',
  move: '#0969da',
  arrivals: '#8250df',
  tickets: '#1a7f37',
  notifications: '#bf8700',
  banner: '#bc4c00',
  refusals: '#cf222e',
  other: '#6e7781',
} as const satisfies Record<Lane, string>;

const LANE_H = 24;
const LEFT = 104;
const TOP = 8;

// Entries are spaced by order, not by time: a 30-day run-until-idle would squash the rest into a dot.
function step(count: number): number {
  return Math.max(14, Math.min(44, Math.floor(860 / Math.max(1, count))));
}

function bannerBands(
  entries: readonly TimelineEntry[],
  xOf: (i: number) => number,
  y: number,
  end: number,
): SafeHtml[] {
  const bands: SafeHtml[] = [];
  const band = (from: number, to: number): SafeHtml =>
    html`<rect
      x="${from}"
      y="${y + 5}"
      width="${Math.max(2, to - from)}"
      height="14"
      rx="7"
      fill="#fff1e5"
    />`;
  let shownAt: number | null = null;
  for (const [i, entry] of entries.entries()) {
    if (entry.kind === 'banner-shown' && shownAt === null) shownAt = xOf(i);
    if (entry.kind === 'banner-hidden' && shownAt !== null) {
      bands.push(band(shownAt, xOf(i)));
      shownAt = null;
    }
  }
  // A banner still shown at the end of the strip: the move had not completed.
  if (shownAt !== null) bands.push(band(shownAt, end));
  return bands;
}

// Axis labels are at least this far apart, in pixels.
const TICK_GAP = 64;

/**
 * Where simulated time moves on: a tick at the first entry of each new instant (entries are spaced
 * by order, so equal instants share no tick and "+0 ms +0 ms" never repeats), skipping ticks that
 * would crowd the previous one, and always the last instant.
 */
function timeTicks(
  entries: readonly TimelineEntry[],
  xOf: (i: number) => number,
): { x: number; at: number }[] {
  const ticks: { x: number; at: number }[] = [];
  let lastAt: number | null = null;
  entries.forEach((e, i) => {
    if (e.at === lastAt) return;
    lastAt = e.at;
    const x = xOf(i);
    const previous = ticks[ticks.length - 1];
    if (previous === undefined || x - previous.x >= TICK_GAP) ticks.push({ x, at: e.at });
  });
  const end = entries[entries.length - 1];
  const last = ticks[ticks.length - 1];
  if (end !== undefined && last !== undefined && end.at !== last.at) {
    const x = xOf(entries.findIndex((e) => e.at === end.at));
    if (x - last.x < TICK_GAP && ticks.length > 1) ticks.pop();
    ticks.push({ x, at: end.at });
  }
  return ticks;
}

/** The strip as inline SVG plus the full list of entries (collapsed) for reading and searching. */
export function timelineView(entries: readonly TimelineEntry[]): SafeHtml {
  if (entries.length === 0) return html`<p class="muted">No timeline recorded.</p>`;
  const lanes = LANES.filter((lane) => entries.some((e) => LANE_OF[e.kind] === lane));
  const dx = step(entries.length);
  const xOf = (i: number): number => LEFT + dx / 2 + i * dx;
  const width = LEFT + entries.length * dx + 16;
  const height = TOP + lanes.length * LANE_H + 26;
  const yOf = (lane: Lane): number => TOP + lanes.indexOf(lane) * LANE_H;
  const t0 = entries[0]?.at ?? 0;
  const rel = (at: number): string => `+${formatDuration(at - t0)}`;
  const span = entries[entries.length - 1]?.at ?? t0;
  const laneRows = lanes.map(
    (lane) =>
      html`<text x="6" y="${yOf(lane) + 16}">${lane}</text
        ><line
          x1="${LEFT}"
          x2="${width - 8}"
          y1="${yOf(lane) + 12}"
          y2="${yOf(lane) + 12}"
          stroke="#eaeef2"
        />`,
  );
  const marks = entries.map((e, i) => {
    const lane = LANE_OF[e.kind];
    const tip = `${rel(e.at)} ${e.kind}: ${truncate(e.label, 300)}`;
    return html`<circle cx="${xOf(i)}" cy="${yOf(lane) + 12}" r="5.5" fill="${COLOUR[lane]}"
      ><title>${tip}</title></circle
    >`;
  });
  const ticks = timeTicks(entries, xOf).map(
    (t) =>
      html`<line x1="${t.x}" x2="${t.x}" y1="${TOP}" y2="${height - 20}" stroke="#eaeef2" /><text
          x="${t.x}"
          y="${height - 6}"
          text-anchor="middle"
          class="edge-label"
          >${rel(t.at)}</text
        >`,
  );
  const bands = lanes.includes('banner') ? bannerBands(entries, xOf, yOf('banner'), width - 8) : [];
  const list = entries.map(
    (e) =>
      html`<li>
        <span class="muted">${rel(e.at)}</span> <b>${e.kind}</b>
        <span class="txt">${truncate(e.label, 1000)}</span>
      </li>`,
  );
  return html`<div class="timeline scroll">
      <svg
        role="img"
        aria-label="Timeline of the move"
        width="${width}"
        height="${height}"
        viewBox="0 0 ${width} ${height}"
        xmlns="http://www.w3.org/2000/svg"
      >
        ${bands}${laneRows}${marks}${ticks}
      </svg>
      <p class="muted">
        Simulated time from ${formatSimTime(t0)} (+0 ms) to +${formatDuration(span - t0)}; entries spaced by
        order, ticks where time moves on.
      </p>
    </div>
    <details>
      <summary>${entries.length} timeline entries</summary>
      <ol class="tl-list">
        ${list}
      </ol>
    </details>`;
}
