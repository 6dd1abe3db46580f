import { describe, expect, it } from 'vitest';
import type { Command } from '../../domain/index.ts';
import { validateWorld } from '../../domain/index.ts';
import { generateTraffic, generateWorld } from '../../generators/index.ts';
import { applyTraffic } from './apply-script.ts';

const world = generateWorld(21, { conversations: 300 });

/** The clock a system would show before each command, assuming run-until-idle uses its whole bound. */
function clockBefore(script: readonly Command[], start: number): number[] {
  let clock = start;
  return script.map((command) => {
    const before = clock;
    if (command.type === 'advance') clock += command.ms;
    if (command.type === 'run-until-idle') clock += command.maxMs ?? 0;
    return before;
  });
}

describe('generateTraffic', () => {
  it('gives the same script, to the byte, for the same world, seed and knobs', () => {
    const a = generateTraffic(world, 5, { hours: 12 });
    expect(generateTraffic(world, 5, { hours: 12 })).toEqual(a);
    expect(JSON.stringify(generateTraffic(world, 5, { hours: 12 }))).toBe(JSON.stringify(a));
    expect(JSON.stringify(generateTraffic(world, 6, { hours: 12 }))).not.toBe(JSON.stringify(a));
  });

  it('opens with a start-move by a Super Admin from the right entry point, statuses from the pipeline', () => {
    for (let seed = 0; seed < 40; seed++) {
      const [first] = generateTraffic(world, seed, { hours: 1 });
      if (first?.type !== 'start-move')
        throw new Error(`seed ${seed}: expected start-move first, found ${first?.type}`);
      const channel = world.channels.find((ch) => ch.id === first.channelId);
      expect(world.users.find((u) => u.id === first.actorId)?.superAdmin).toBe(true);
      expect(first.entryPoint).toBe(channel?.kind === 'chatflow' ? 'chatflows-list' : 'inbox-settings');
      expect(['email', 'form', 'website-live-chat', 'website-bot']).toContain(
        channel?.surface ?? channel?.kind,
      );
      expect(first.history).toEqual({ kind: 'all', openStatus: 'New', closedStatus: 'Closed' });
    }
    const chosen = generateTraffic(world, 1, { channelId: 'ch-form-1', history: 'none' })[0];
    expect(chosen).toMatchObject({
      channelId: 'ch-form-1',
      entryPoint: 'inbox-settings',
      history: { kind: 'none' },
    });
  });

  it('interleaves traffic and advances, then run-until-idle, then after-move traffic', () => {
    const script = generateTraffic(world, 3);
    const idle = script.findIndex((c) => c.type === 'run-until-idle');
    expect(idle).toBeGreaterThan(1);
    const during = script.slice(1, idle);
    const after = script.slice(idle + 1);
    expect(during.filter((c) => c.type === 'advance').length).toBeGreaterThan(10);
    expect(during.some((c) => c.type === 'conversation-arrives')).toBe(true);
    expect(during.some((c) => c.type === 'reply-arrives')).toBe(true);
    expect(after.some((c) => c.type === 'conversation-arrives' || c.type === 'reply-arrives')).toBe(true);
    expect(script.every((c) => c.type !== 'advance' || c.ms > 0)).toBe(true);
  });

  it('stamps every message at or after the clock it arrives at, and keeps the world valid', () => {
    const script = generateTraffic(world, 8, { hours: 30, arrivalsPerHour: 30, repliesPerHour: 40 });
    const clocks = clockBefore(script, world.clock);
    script.forEach((command, i) => {
      const at =
        command.type === 'conversation-arrives'
          ? command.conversation.startedAt
          : command.type === 'reply-arrives'
            ? command.message.at
            : null;
      if (at !== null) expect(at).toBeGreaterThanOrEqual(clocks[i]!);
    });
    expect(validateWorld(applyTraffic(world, script))).toEqual([]);
  });

  it('sends less traffic at night than in business hours', () => {
    const script = generateTraffic(world, 2, { hours: 24 * 7, afterMoveHours: 0 });
    const byHour = new Array<number>(24).fill(0);
    for (const c of script) {
      if (c.type === 'conversation-arrives') byHour[new Date(c.conversation.startedAt).getUTCHours()]! += 1;
      if (c.type === 'reply-arrives') byHour[new Date(c.message.at).getUTCHours()]! += 1;
    }
    const day = byHour.slice(8, 18).reduce((a, b) => a + b, 0) / 10;
    const night = [...byHour.slice(22), ...byHour.slice(0, 7)].reduce((a, b) => a + b, 0) / 9;
    expect(night).toBeLessThan(day * 0.3);
    expect(night).toBeGreaterThan(0);
  });

  it('scales arrivals with the rate knob', () => {
    const count = (rate: number): number =>
      generateTraffic(world, 4, { hours: 48, arrivalsPerHour: rate }).filter(
        (c) => c.type === 'conversation-arrives',
      ).length;
    expect(count(40)).toBeGreaterThan(count(4) * 5);
  });

  it('keeps its output at seed 42 (regression digest)', () => {
    const script = generateTraffic(generateWorld(42, { conversations: 200 }), 42);
    const counts: Record<string, number> = {};
    for (const command of script) counts[command.type] = (counts[command.type] ?? 0) + 1;
    expect({ length: script.length, counts, first: script.slice(0, 4) }).toMatchSnapshot();
  });
});
