// State diagrams laid out by ELK (layered algorithm, compound graphs) when the report is built, so
// that the page is plain SVG: no script and no network are needed to view it. ELK is deterministic
// for a given graph (fixed random seed), so the report stays byte-for-byte reproducible.
import elkModule from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkLabel, ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { StateDiagram } from '../domain/diagram.ts';
import { clip } from './text-helpers.ts';

/** Estimated text metrics of the diagram font (11px sans-serif), on the generous side. */
const CHAR_W = 6.8;
const LINE_H = 14;
const STATE_H = 30;
const LABEL_MAX = 26;
const EDGE_LABEL_MAX = 30;
const INITIAL_R = 5;

export interface LaidOutNode {
  /** The state's ID (dotted path), or `initial:<parent>` for an initial-state dot. */
  readonly id: string;
  readonly kind: 'state' | 'compound' | 'parallel' | 'initial';
  readonly label: string;
  readonly final: boolean;
  /** A region of a parallel state (drawn dashed). */
  readonly region: boolean;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface LaidOutEdge {
  readonly from: string;
  readonly to: string;
  /** Every event of the transitions it stands for (the label shows a clipped list). */
  readonly events: readonly string[];
  readonly points: readonly { readonly x: number; readonly y: number }[];
  readonly label: {
    readonly text: string;
    readonly x: number;
    readonly y: number;
    readonly w: number;
  } | null;
}

/** A diagram with its geometry: what the HTML report draws. */
export interface DiagramLayout {
  readonly diagram: StateDiagram;
  readonly width: number;
  readonly height: number;
  /** Parents before children, so that drawing in order nests boxes correctly. */
  readonly nodes: readonly LaidOutNode[];
  readonly edges: readonly LaidOutEdge[];
}

// A CommonJS module: under NodeNext, TypeScript sees its exports object; at run time the default
// import is the constructor itself (which also carries a `default` pointing to itself).
const ELK = elkModule.default;

const textWidth = (text: string): number => Math.ceil(Array.from(text).length * CHAR_W) + 4;
const leafName = (id: string): string => id.slice(id.lastIndexOf('.') + 1);
const parentOf = (id: string): string => (id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : '');

const ROOT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.json.shapeCoords': 'ROOT',
  'elk.json.edgeCoords': 'ROOT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.spacing.nodeNodeBetweenLayers': '40',
  'elk.spacing.nodeNode': '24',
  'elk.spacing.edgeLabel': '4',
  'elk.spacing.edgeEdge': '12',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.layered.edgeLabels.sideSelection': 'ALWAYS_UP',
  'elk.randomSeed': '1',
};

/** ELK node IDs are indexes, never data: state names reach only text and titles in the SVG. */
function buildGraph(diagram: StateDiagram): { graph: ElkNode; names: Map<string, string> } {
  const names = new Map<string, string>();
  const elkId = new Map<string, string>();
  const nodes = new Map<string, ElkNode>();
  const root: ElkNode = { id: 'root', layoutOptions: ROOT_OPTIONS, children: [], edges: [] };
  const add = (id: string, node: ElkNode): void => {
    names.set(node.id, id);
    elkId.set(id, node.id);
    nodes.set(id, node);
    const parent = nodes.get(parentOf(id)) ?? root;
    (parent.children ??= []).push(node);
  };
  diagram.states.forEach((state, i) => {
    const hasChildren = diagram.states.some((s) => parentOf(s.id) === state.id);
    const label = clip(leafName(state.id), LABEL_MAX);
    const node: ElkNode = hasChildren
      ? {
          id: `n${i}`,
          layoutOptions: {
            'elk.padding': `[top=${LINE_H + 12},left=12,bottom=12,right=12]`,
            'elk.nodeSize.constraints': 'MINIMUM_SIZE',
            'elk.nodeSize.minimum': `(${textWidth(label) + 24}, 40)`,
            ...(state.type === 'parallel' ? { 'elk.direction': 'DOWN' } : {}),
          },
          children: [],
        }
      : { id: `n${i}`, width: textWidth(label) + 20, height: STATE_H };
    add(state.id, node);
  });
  // An initial dot per container: the root and every compound state (not the regions' parent).
  const parallelRoot = diagram.rootType === 'parallel';
  if (parallelRoot) root.layoutOptions = { ...ROOT_OPTIONS, 'elk.direction': 'DOWN' };
  const initials: [string, string][] = parallelRoot ? [] : [['', topAncestor(diagram.initial)]];
  for (const s of diagram.states) if (s.initial !== undefined) initials.push([s.id, s.initial]);
  const edges: ElkExtendedEdge[] = [];
  initials.forEach(([container, target], i) => {
    const dot = `initial:${container}`;
    const node: ElkNode = {
      id: `i${i}`,
      width: INITIAL_R * 2,
      height: INITIAL_R * 2,
      layoutOptions: { 'elk.layered.layering.layerConstraint': 'FIRST' },
    };
    names.set(node.id, dot);
    (nodes.get(container) ?? root).children?.push(node);
    const to = elkId.get(target);
    if (to !== undefined) edges.push({ id: `ie${i}`, sources: [node.id], targets: [to] });
  });
  const grouped = new Map<string, { from: string; to: string; events: string[] }>();
  for (const t of diagram.transitions) {
    const key = JSON.stringify([t.from, t.to]);
    const g = grouped.get(key) ?? { from: t.from, to: t.to, events: [] };
    g.events.push(t.event);
    grouped.set(key, g);
  }
  [...grouped.values()].forEach((g, i) => {
    const [from, to] = [elkId.get(g.from), elkId.get(g.to)];
    if (from === undefined || to === undefined) return;
    const text = clip(g.events.join(', '), EDGE_LABEL_MAX);
    const label: ElkLabel = { id: `l${i}`, text, width: textWidth(text), height: LINE_H };
    edges.push({ id: `e${i}`, sources: [from], targets: [to], labels: [label] });
    names.set(`e${i}`, JSON.stringify([g.from, g.to, g.events]));
  });
  root.edges = edges;
  return { graph: root, names };
}

function topAncestor(id: string): string {
  const dot = id.indexOf('.');
  return dot < 0 ? id : id.slice(0, dot);
}

function flatten(node: ElkNode, out: ElkNode[] = []): ElkNode[] {
  for (const child of node.children ?? []) out.push(child, ...flatten(child));
  return out;
}

const round = (n: number | undefined): number => Math.round((n ?? 0) * 10) / 10;

/** Lays out one diagram (async: ELK runs behind a worker-like interface even in-process). */
export async function layoutDiagram(diagram: StateDiagram): Promise<DiagramLayout> {
  const { graph, names } = buildGraph(diagram);
  const laid = await new ELK().layout(graph);
  const states = new Map(diagram.states.map((s) => [s.id, s] as const));
  const nodes: LaidOutNode[] = flatten(laid).map((n) => {
    const id = names.get(n.id) ?? '';
    const state = states.get(id);
    const parent = states.get(parentOf(id));
    const region =
      !id.startsWith('initial:') &&
      (parent?.type === 'parallel' || (diagram.rootType === 'parallel' && !id.includes('.')));
    const kind: LaidOutNode['kind'] = id.startsWith('initial:')
      ? 'initial'
      : (n.children ?? []).some((c) => !c.id.startsWith('i'))
        ? state?.type === 'parallel'
          ? 'parallel'
          : 'compound'
        : 'state';
    return {
      id,
      kind,
      label: kind === 'initial' ? '' : clip(leafName(id), LABEL_MAX),
      final: state?.final === true,
      region,
      x: round(n.x),
      y: round(n.y),
      w: round(n.width),
      h: round(n.height),
    };
  });
  const edges: LaidOutEdge[] = (laid.edges ?? []).flatMap((e: ElkExtendedEdge) => {
    const section = e.sections?.[0];
    if (section === undefined) return [];
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({
      x: round(p.x),
      y: round(p.y),
    }));
    const meta = names.get(e.id);
    const [from, to, events] =
      meta === undefined ? ['', '', []] : (JSON.parse(meta) as [string, string, string[]]);
    const l = e.labels?.[0];
    const label =
      l === undefined || l.text === undefined
        ? null
        : { text: l.text, x: round(l.x), y: round(l.y), w: round(l.width) };
    return [{ from, to, events, points, label }];
  });
  return { diagram, width: Math.ceil(laid.width ?? 0), height: Math.ceil(laid.height ?? 0), nodes, edges };
}

/** Every diagram, in order. */
export async function layoutDiagrams(diagrams: readonly StateDiagram[]): Promise<DiagramLayout[]> {
  const out: DiagramLayout[] = [];
  for (const diagram of diagrams) out.push(await layoutDiagram(diagram));
  return out;
}
