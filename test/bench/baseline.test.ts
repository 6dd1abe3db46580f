import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICIES, DEFAULT_PROFILE } from '../../domain/index.ts';
import { baselineMove, countMove } from '../../bench/baseline.ts';
import { benchScript, benchWorld } from '../../bench/size-run.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { playScript } from '../../harness/index.ts';

describe('baselineMove', () => {
  it('does what the reference system does to the same world (same counts, same completion time)', () => {
    const world = benchWorld(3_000);
    const { script, start, statuses } = benchScript(world);
    const trace = playScript(createReferenceSystem, world, script, {
      policies: DEFAULT_POLICIES,
      profile: DEFAULT_PROFILE,
    });
    const base = baselineMove(world, start.channelId, start.actorId, statuses);
    const reference = countMove(trace.after, trace.events);
    expect(reference.conversationsMoved).toBeGreaterThan(1_500);
    expect(countMove(base.world, base.events)).toEqual(reference);
  });

  it('leaves the given world untouched and moves only the chosen channel', () => {
    const world = benchWorld(500);
    const { start } = benchScript(world);
    const before = JSON.stringify(world);
    const base = baselineMove(world, start.channelId, start.actorId, { open: 'New', closed: 'Closed' });
    expect(JSON.stringify(world)).toBe(before);
    const others = base.world.conversations.filter((c) => c.channelHistory.at(-1) !== start.channelId);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((c) => c.location === 'inbox')).toBe(true);
    expect(base.events.map((e) => e.seq)).toEqual(base.events.map((_, i) => i));
  });
});
