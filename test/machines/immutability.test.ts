import { describe, expect, it } from 'vitest';
import type { Command, World } from '../../domain/index.ts';
import { conversation, message, T0, ticket, world } from '../support/fixtures.ts';
import { arrives, replyArrives, startMove } from '../support/commands.ts';
import { play, system } from './play-reference.ts';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const script: Command[] = [
  { type: 'set-notifications', on: false },
  startMove('email-1'),
  { type: 'advance', ms: 30 },
  arrives(conversation('late', 'email-1', { startedAt: T0 + 1, ownerId: 'agent' })),
  replyArrives('c1', message('r1', 'email-1', T0 + 2)),
  { type: 'change-channel', conversationId: 'c2', toChannelId: 'form-1' },
  { type: 'set-help-desk-access', userId: 'temp', access: true },
  { type: 'set-notifications', on: true },
  { type: 'run-until-idle' },
];

function fresh(): World {
  const conversations = ['c1', 'c2', 'c3'].map((id) => conversation(id, 'email-1', { ownerId: 'temp' }));
  return world({ conversations, tickets: [ticket('ref-ticket-1', 'c3')] });
}

describe('reference system: immutable worlds and determinism', () => {
  it('never mutates the world it was given (a deep-frozen world still works)', () => {
    const given = deepFreeze(fresh());
    const copy = structuredClone(given);
    const s = system(given);
    play(s, ...script);
    expect(given).toEqual(copy);
  });

  it('never mutates a world or an event log it returned', () => {
    const s = system(fresh());
    play(s, startMove('email-1'));
    const during = s.world();
    const duringCopy = structuredClone(during);
    const events = s.events();
    const eventsCopy = structuredClone(events);
    play(s, ...script.slice(2));
    expect(during).toEqual(duringCopy);
    expect(events).toEqual(eventsCopy);
    expect(s.world()).not.toEqual(during);
  });

  it('INV-5: the same world and commands give the same trace, byte for byte', () => {
    const run = () => {
      const s = system(fresh());
      play(s, ...script);
      return JSON.stringify({ world: s.world(), events: s.events(), observation: s.observe() });
    };
    expect(run()).toBe(run());
  });

  it('created ticket IDs are deterministic and never collide with existing ones', () => {
    const s = system(fresh());
    play(s, ...script);
    const ids = s.world().tickets.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('ref-ticket-1');
    expect(ids.filter((id) => id !== 'ref-ticket-1').every((id) => !id.startsWith('ref-ticket-1'))).toBe(
      true,
    );
  });

  it('seq counts from 0 without gaps and time never goes backwards', () => {
    const s = system(fresh());
    play(s, ...script);
    const events = s.events();
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
    for (let i = 1; i < events.length; i++)
      expect(events[i]?.at).toBeGreaterThanOrEqual(events[i - 1]?.at ?? Infinity);
  });
});
