import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { World } from '../../domain/index.ts';
import { COMMAND_TYPES, validateWorld } from '../../domain/index.ts';
import {
  DEFAULT_WORLD_CONSTRAINTS,
  generateWorld,
  HOSTILE_STRINGS,
  scenarioArbitrary,
  scriptArbitrary,
  UNKNOWN_CHANNEL_ID,
  UNKNOWN_CONVERSATION_ID,
  UNKNOWN_USER_ID,
  worldArbitrary,
} from '../../generators/index.ts';
import { applyTraffic } from './apply-script.ts';

describe('worldArbitrary', () => {
  it('produces only valid worlds', () => {
    fc.assert(
      fc.property(worldArbitrary(), (world) => {
        expect(validateWorld(world)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('respects its constraints, with a Super Admin first', () => {
    const c = { maxUsers: 2, maxChannels: 2, maxConversations: 3, maxMessages: 2, maxTickets: 1 };
    for (const world of fc.sample(worldArbitrary(c), { numRuns: 200, seed: 1 })) {
      expect(world.users.length).toBeLessThanOrEqual(2);
      expect(world.users[0]?.superAdmin).toBe(true);
      expect(world.channels.length).toBeGreaterThanOrEqual(1);
      expect(world.channels.length).toBeLessThanOrEqual(2);
      expect(world.conversations.length).toBeLessThanOrEqual(3);
      expect(world.conversations.every((conv) => conv.messages.length <= 2)).toBe(true);
      expect(world.tickets.length).toBeLessThanOrEqual(1);
    }
  });

  it('gives the same values for the same seed', () => {
    const a = fc.sample(worldArbitrary(), { numRuns: 30, seed: 42 });
    const b = fc.sample(worldArbitrary(), { numRuns: 30, seed: 42 });
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('covers every channel kind, several tickets per conversation and hostile text', () => {
    const worlds = fc.sample(worldArbitrary(), { numRuns: 300, seed: 3 });
    const kinds = new Set(worlds.flatMap((w) => w.channels.map((ch) => ch.surface ?? ch.kind)));
    expect(kinds.size).toBe(10);
    const several = worlds.some(
      (w) => new Set(w.tickets.map((t) => t.conversationId)).size < w.tickets.length,
    );
    expect(several).toBe(true);
    const hostile = new Set(HOSTILE_STRINGS);
    expect(worlds.some((w) => w.conversations.some((conv) => hostile.has(conv.subject)))).toBe(true);
  });

  it('shrinks a world with a ≥2-message form conversation to that one conversation and little else', () => {
    const formThread = (world: World): boolean => {
      const forms = new Set(world.channels.filter((ch) => ch.kind === 'form').map((ch) => ch.id));
      return world.conversations.some(
        (conv) => conv.messages.filter((m) => forms.has(m.channelId)).length >= 2,
      );
    };
    const details = fc.check(
      fc.property(worldArbitrary(), (world) => !formThread(world)),
      { seed: 2024, numRuns: 2000 },
    );
    expect(details.failed).toBe(true);
    const [world] = details.counterexample ?? [];
    if (world === undefined) throw new Error('no counterexample');
    expect(world.conversations).toHaveLength(1);
    expect(world.conversations[0]?.messages).toHaveLength(2);
    expect(world.users).toHaveLength(1);
    // fast-check shrinks arrays by dropping leading items, so a trailing channel may survive.
    expect(world.channels.length).toBeLessThanOrEqual(2);
    expect(world.channels.find((ch) => ch.id === world.conversations[0]?.channelHistory[0])?.kind).toBe(
      'form',
    );
    expect(world.tickets).toHaveLength(0);
  });
});

describe('scriptArbitrary', () => {
  const world = fc
    .sample(worldArbitrary({ maxConversations: 4 }), { numRuns: 5, seed: 9 })
    .find((w) => w.conversations.length > 1);
  if (world === undefined) throw new Error('fixture: expected a world with conversations');

  it('names only IDs of the world, of earlier arrivals, or the deliberate unknown ones', () => {
    const users = new Set([...world.users.map((u) => u.id), UNKNOWN_USER_ID]);
    const channels = new Set([...world.channels.map((ch) => ch.id), UNKNOWN_CHANNEL_ID]);
    fc.assert(
      fc.property(scriptArbitrary(world), (script) => {
        const conversations = new Set([
          ...world.conversations.map((conv) => conv.id),
          UNKNOWN_CONVERSATION_ID,
        ]);
        for (const command of script) {
          if ('actorId' in command) expect(users).toContain(command.actorId);
          if ('userId' in command) expect(users).toContain(command.userId);
          if ('channelId' in command) expect(channels).toContain(command.channelId);
          if ('toChannelId' in command) expect(channels).toContain(command.toChannelId);
          if ('conversationId' in command) expect(conversations).toContain(command.conversationId);
          if (command.type === 'conversation-arrives') conversations.add(command.conversation.id);
        }
        expect(validateWorld(applyTraffic(world, script))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('opens with a start-move and reaches every command type', () => {
    const scripts = fc.sample(scriptArbitrary(world), { numRuns: 300, seed: 5 });
    expect(scripts.every((script) => script[0]?.type === 'start-move')).toBe(true);
    expect(new Set(scripts.flat().map((command) => command.type))).toEqual(new Set(COMMAND_TYPES));
    const noMove = fc.sample(scriptArbitrary(world, { startWithMove: false, maxCommands: 0 }), {
      numRuns: 5,
      seed: 5,
    });
    expect(noMove.every((script) => script.length === 0)).toBe(true);
  });

  it('works over a generated (faker) world too', () => {
    const big = generateWorld(1, { conversations: 50, poolSize: 20 });
    fc.assert(
      fc.property(scriptArbitrary(big), (script) => {
        expect(validateWorld(applyTraffic(big, script))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('scenarioArbitrary', () => {
  it('pairs valid worlds with scripts over them', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), ({ world, script }) => {
        expect(validateWorld(world)).toEqual([]);
        expect(validateWorld(applyTraffic(world, script))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('replays a shrunk counterexample from seed and path, with the arbitrary rebuilt from plain constraints', () => {
    const constraints = {
      world: { ...DEFAULT_WORLD_CONSTRAINTS, maxConversations: 5 },
      script: { maxCommands: 12 },
    };
    const predicate = ({ script }: { script: readonly { type: string }[] }): boolean =>
      script.filter((command) => command.type === 'reply-arrives').length < 2;
    const first = fc.check(fc.property(scenarioArbitrary(constraints), predicate), {
      seed: 77,
      numRuns: 1000,
    });
    expect(first.failed).toBe(true);
    const rebuilt = JSON.parse(JSON.stringify(constraints)) as typeof constraints;
    const replay = fc.check(fc.property(scenarioArbitrary(rebuilt), predicate), {
      seed: first.seed,
      path: first.counterexamplePath ?? '',
      endOnFailure: true,
    });
    expect(replay.failed).toBe(true);
    expect(replay.counterexample).toEqual(first.counterexample);
    expect(JSON.stringify(replay.counterexample)).toBe(JSON.stringify(first.counterexample));
  });
});
