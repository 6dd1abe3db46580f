import { describe, expect, it } from 'vitest';
import type { SyncSystemFactory } from '../../domain/index.ts';
import { DEFAULT_POLICIES, DEFAULT_PROFILE } from '../../domain/index.ts';
import { benchScript, benchWorld } from '../../bench/size-run.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { playScript } from '../../harness/index.ts';

/** The reference, answering events by delta as the exec: protocol client does. */
const byDelta: SyncSystemFactory = (world, options) => {
  const system = createReferenceSystem(world, options);
  return { ...system, name: 'by-delta', eventsSince: (from) => system.events().slice(from) };
};

describe('playScript with a step that logs hundreds of thousands of events', () => {
  // 60k conversations: the move logs ~150k events in one step, above the ~125k arguments a spread
  // call takes; the harness once pushed them with `log.push(...batch)`, threw, and blamed the system.
  const world = benchWorld(60_000);
  const { script } = benchScript(world);
  const options = { policies: DEFAULT_POLICIES, profile: DEFAULT_PROFILE };

  it('records them all whether the system answers events() or eventsSince(from)', () => {
    const whole = playScript(createReferenceSystem, world, script, options);
    const delta = playScript(byDelta, world, script, options);
    expect(whole.events.length).toBeGreaterThan(130_000);
    expect(delta.events.length).toBe(whole.events.length);
    expect(delta.events.map((e) => e.seq)).toEqual(whole.events.map((_, i) => i));
    const last = whole.steps[whole.steps.length - 1];
    expect([last?.eventsTo, delta.steps[delta.steps.length - 1]?.eventsTo]).toEqual([
      whole.events.length,
      whole.events.length,
    ]);
  });
});
