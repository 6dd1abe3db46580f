// The trace view's data: each step's world diff, events, observation and implied machine states,
// built from a real trace of the reference system; and the diff's caps on a big step.
import { describe, expect, it } from 'vitest';
import type { World } from '../../domain/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { loadScenarioFile } from '../../scenarios/index.ts';
import { playScript } from '../../harness/index.ts';
import { buildStepViews, EVENTS_SHOWN } from '../../reports/text/step-views.ts';
import { CHANGES_PER_KIND, diffWorlds, shortValue } from '../../reports/text/world-diff.ts';

const scenario = loadScenarioFile('scenarios/suite/move-2-arrivals-during-move.yaml');
const trace = playScript(createReferenceSystem, scenario.world, scenario.script, scenario.options);
const steps = buildStepViews(trace);

describe('buildStepViews', () => {
  it('has a view per step, in order, with the trace step index findings use', () => {
    expect(steps.length).toBe(trace.steps.length);
    expect(steps.length).toBeGreaterThan(2);
    expect(steps.map((s) => s.index)).toEqual(trace.steps.map((s) => s.index));
    for (const [i, s] of steps.entries()) {
      expect(s.at).toBeGreaterThanOrEqual(s.from);
      if (i > 0) expect(s.from).toBe(steps[i - 1]?.at);
      expect(s.events.total).toBe((trace.steps[i]?.eventsTo ?? 0) - (trace.steps[i]?.eventsFrom ?? 0));
      expect(s.events.shown.length).toBe(Math.min(EVENTS_SHOWN, s.events.total));
    }
  });

  it('shows the move: conversations moved to help desk and tickets created, with states implied', () => {
    const moved = steps.flatMap((s) => s.changes?.shown ?? []);
    expect(moved.some((c) => c.collection === 'tickets' && c.change === 'created')).toBe(true);
    expect(
      moved.some(
        (c) =>
          c.collection === 'conversations' &&
          c.fields.some((f) => f.field === 'location' && f.before === '"inbox"' && f.after === '"help-desk"'),
      ),
    ).toBe(true);
    const start = steps.find((s) => s.command.includes('starts moving'));
    expect(start?.states.workspace).toContain('moves.moving');
    expect(start?.states.move).toContain('running');
    expect(start?.observation.banner).not.toBeNull();
    const last = steps[steps.length - 1];
    expect(last?.states.move).toEqual(['completed']);
    expect(last?.states.channel).toContain('inHelpDesk');
    expect(last?.states.conversation).toContain('location.helpDesk');
  });
});

describe('diffWorlds', () => {
  const base = trace.before;
  it('finds nothing between a world and itself, and names created, changed and removed objects', () => {
    expect(diffWorlds(base, base)).toEqual({ total: 0, shown: [] });
    const [first, ...rest] = base.conversations;
    expect(first).toBeDefined();
    if (first === undefined) return;
    const after: World = {
      ...base,
      conversations: [{ ...first, status: first.status === 'open' ? 'closed' : 'open' }],
      users: [
        ...base.users,
        { id: 'u-new', name: 'New', email: 'n@x', superAdmin: false, helpDeskAccess: true },
      ],
    };
    const diff = diffWorlds(base, after);
    expect(diff.total).toBe(1 + 1 + rest.length);
    expect(diff.shown).toContainEqual({
      collection: 'conversations',
      id: first.id,
      change: 'changed',
      fields: [
        {
          field: 'status',
          before: JSON.stringify(first.status),
          after: JSON.stringify(after.conversations[0]?.status),
        },
      ],
    });
    expect(
      diff.shown.some((c) => c.collection === 'users' && c.change === 'created' && c.id === 'u-new'),
    ).toBe(true);
  });

  it('caps the list but keeps the total on a big step', () => {
    const many = Array.from({ length: CHANGES_PER_KIND * 3 }, (_, i) => ({
      id: `u-${i}`,
      name: `User ${i}`,
      email: `u${i}@x`,
      superAdmin: false,
      helpDeskAccess: false,
    }));
    const diff = diffWorlds({ ...base, users: [] }, { ...base, users: many });
    expect(diff.total).toBe(many.length);
    expect(diff.shown.length).toBe(CHANGES_PER_KIND);
  });

  it('keeps values short', () => {
    expect(shortValue(undefined)).toBe('—');
    expect(shortValue(Array.from({ length: 100 }, (_, i) => i))).toBe('100 items');
    expect(shortValue('x'.repeat(500)).length).toBeLessThanOrEqual(120);
  });
});
