// ELK's layout of the reference machines: deterministic, nested correctly, labels clear of each
// other (the browser test measures the drawn text too).
import { describe, expect, it } from 'vitest';
import { machineDiagrams } from '../../machines/index.ts';
import { layoutDiagrams, type LaidOutNode } from '../../reports/diagram-layout.ts';

const diagrams = machineDiagrams();
const layouts = await layoutDiagrams(diagrams);

const inside = (child: LaidOutNode, parent: LaidOutNode): boolean =>
  child.x >= parent.x &&
  child.y >= parent.y &&
  child.x + child.w <= parent.x + parent.w &&
  child.y + child.h <= parent.y + parent.h;

describe('layoutDiagrams', () => {
  it('lays out every state of the four machines, children inside their parents', () => {
    expect(layouts.map((l) => l.diagram.machineId)).toEqual(['channel', 'conversation', 'move', 'workspace']);
    for (const layout of layouts) {
      const byId = new Map(layout.nodes.map((n) => [n.id, n] as const));
      expect(layout.diagram.states.length).toBeGreaterThan(0);
      for (const state of layout.diagram.states) {
        const node = byId.get(state.id);
        expect(node, state.id).toBeDefined();
        const dot = state.id.lastIndexOf('.');
        const parent = dot < 0 ? undefined : byId.get(state.id.slice(0, dot));
        if (node !== undefined && parent !== undefined) expect(inside(node, parent), state.id).toBe(true);
        if (node !== undefined) {
          expect(node.x + node.w).toBeLessThanOrEqual(layout.width);
          expect(node.y + node.h).toBeLessThanOrEqual(layout.height);
        }
      }
    }
  });

  it('marks regions, finals and initial states', () => {
    const conversation = layouts[1];
    expect(conversation?.nodes.filter((n) => n.region).map((n) => n.id)).toEqual([
      'status',
      'location',
      'ticket',
    ]);
    const move = layouts[2];
    expect(move?.nodes.filter((n) => n.final).map((n) => n.id)).toEqual(['refused', 'completed']);
    expect(move?.nodes.filter((n) => n.kind === 'initial').length).toBe(2); // the machine's and running's
    // A parallel machine has no initial dot of its own: each region has one.
    expect(conversation?.nodes.filter((n) => n.kind === 'initial').length).toBe(3);
  });

  it('labels every transition, with no edge label over another', () => {
    for (const layout of layouts) {
      const labels = layout.edges.flatMap((e) => (e.label === null ? [] : [e.label]));
      expect(labels.length).toBe(new Set(layout.diagram.transitions.map((t) => `${t.from}→${t.to}`)).size);
      for (const [i, a] of labels.entries())
        for (const b of labels.slice(i + 1)) {
          const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || Math.abs(a.y - b.y) >= 14;
          expect(apart, `${layout.diagram.machineId}: ${a.text} × ${b.text}`).toBe(true);
        }
    }
  });

  it('is deterministic', async () => {
    expect(await layoutDiagrams(diagrams)).toEqual(layouts);
  });
});
