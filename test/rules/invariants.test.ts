import { describe, expect, it } from 'vitest';
import { check } from './support/check.ts';
import { checkTrace, compareTraces } from '../../rules/index.ts';
import { conversation, message, T0, ticket, world } from '../support/fixtures.ts';
import { MiniSystem } from './support/mini-system.ts';
import { findingsOf, insertEvent, mapEvents, patchConversation, withAfter } from './support/mutate.ts';

const inbox = world({
  conversations: [
    conversation('c1', 'email-1'),
    conversation('c2', 'email-1'),
    conversation('c4', 'email-2'),
  ],
  tickets: [ticket('t1', 'c1')],
});
const reply = message('r1', 'email-1', T0, { body: 'hi' });
const moved = () => new MiniSystem(inbox).start('email-1').runUntilIdle().reply('c1', reply).trace();
const empty = () => new MiniSystem(world()).leave().trace();

describe('INV-1 no conversation lost or duplicated', () => {
  it('passes', () => expect(check('INV-1', moved()).status).toBe('pass'));
  it('names the lost and the duplicated conversation', () => {
    const trace = withAfter(moved(), (w) => ({
      ...w,
      conversations: [
        ...w.conversations.filter((c) => c.id !== 'c2'),
        ...w.conversations.filter((c) => c.id === 'c1'),
      ],
    }));
    const findings = findingsOf(check('INV-1', trace)).map((f) => [f.subjects.conversations?.[0], f.actual]);
    expect(findings).toEqual(
      expect.arrayContaining([
        ['c1', 'twice in the world after'],
        ['c2', 'lost'],
      ]),
    );
  });
  it('is not exercised without conversations', () =>
    expect(check('INV-1', empty()).status).toBe('not-exercised'));
});

describe('INV-2 no message lost, duplicated or reordered', () => {
  it('passes (the reply comes last)', () => expect(check('INV-2', moved()).status).toBe('pass'));
  it('names the conversation whose messages were reordered', () => {
    const trace = withAfter(moved(), (w) =>
      patchConversation(w, 'c1', {
        messages: [...(w.conversations.find((c) => c.id === 'c1')?.messages ?? [])].reverse(),
      }),
    );
    expect(findingsOf(check('INV-2', trace))[0]?.subjects.conversations).toEqual(['c1']);
  });
  it('is not exercised without conversations', () =>
    expect(check('INV-2', empty()).status).toBe('not-exercised'));
});

describe('INV-3 one ticket per help desk conversation', () => {
  it('passes', () => expect(check('INV-3', moved()).status).toBe('pass'));
  it('names the conversation with two tickets', () => {
    const trace = withAfter(moved(), (w) => ({
      ...w,
      tickets: [...w.tickets, ticket('dup', 'c2', { location: 'help-desk' })],
    }));
    expect(findingsOf(check('INV-3', trace))[0]?.subjects.conversations).toEqual(['c2']);
  });
  it('names a conversation given a ticket twice across a crash', () => {
    const trace = new MiniSystem(inbox).start('email-1').crash().restart().runUntilIdle().trace();
    const created = trace.events.findIndex((e) => e.type === 'ticket-created');
    const twice = mapEvents(trace, (e, i) =>
      i === created + 1 && created >= 0 ? (trace.events[created] ?? e) : e,
    );
    expect(
      findingsOf(check('INV-3', { ...twice, events: twice.events.map((e, seq) => ({ ...e, seq })) }))[0]
        ?.actual,
    ).toMatch(/2 created/);
  });
  it('is not exercised with nothing in help desk', () =>
    expect(check('INV-3', empty()).status).toBe('not-exercised'));
});

describe('INV-4 other channels untouched', () => {
  it('passes (c4 in email-2 is untouched)', () => expect(check('INV-4', moved()).status).toBe('pass'));
  it('names the conversation of another channel that changed', () => {
    const trace = withAfter(moved(), (w) => patchConversation(w, 'c4', { status: 'closed' }));
    expect(findingsOf(check('INV-4', trace))[0]?.subjects).toMatchObject({
      conversations: ['c4'],
      channels: ['email-2'],
    });
  });
  it('is not exercised when every conversation is in the moved channel', () => {
    const only = world({ conversations: [conversation('c1', 'email-1')] });
    expect(check('INV-4', new MiniSystem(only).start('email-1').runUntilIdle().trace()).status).toBe(
      'not-exercised',
    );
  });
});

describe('INV-5 determinism', () => {
  it('is not exercised on one trace', () =>
    expect(checkTrace(moved(), ['INV-5'])[0]?.status).toBe('not-exercised'));
  it('passes for two runs of the same inputs', () =>
    expect(compareTraces(moved(), moved()).status).toBe('pass'));
  it('reports the first differing event', () => {
    const other = mapEvents(moved(), (e) => (e.type === 'ticket-created' ? { ...e, status: 'New!' } : e));
    const [finding] = findingsOf(compareTraces(moved(), other));
    expect(finding?.expected).toMatch(/^event \d+/);
  });
  it('is not exercised when the inputs differ', () =>
    expect(compareTraces(moved(), empty()).status).toBe('not-exercised'));
});

describe('INV-6 a refused request changes nothing', () => {
  const refused = (system: MiniSystem) =>
    system.refuse({ type: 'cancel-move', actorId: 'admin', channelId: 'email-1' }, 'MOVE-1');
  it('passes', () =>
    expect(check('INV-6', refused(new MiniSystem(inbox).start('email-1')).trace()).status).toBe('pass'));
  it('names the refused step that logged more than the refusal', () => {
    const system = new MiniSystem(inbox).start('email-1');
    system.builder.log({ type: 'banner-hidden', channelId: 'email-1' });
    refused(system);
    expect(findingsOf(check('INV-6', system.trace()))[0]?.subjects.step).toBe(1);
  });
  it('names the refused step whose world changed (step worlds recorded)', () => {
    const system = new MiniSystem(inbox);
    system.recordWorlds = true;
    system.start('email-1');
    system.world = { ...system.world, clock: system.world.clock + 1 };
    refused(system);
    expect(findingsOf(check('INV-6', system.trace()))[0]?.expected).toBe('world unchanged');
  });
  it('is not exercised when everything is accepted', () =>
    expect(check('INV-6', moved()).status).toBe('not-exercised'));
});

describe('INV-1: a conversation is moved once', () => {
  it('names the conversation a second conversation-moved claims, whichever channel it names', () => {
    const trace = moved();
    const first = trace.events.findIndex((e) => e.type === 'conversation-moved' && e.conversationId === 'c1');
    const step = trace.steps.findIndex((s) => s.eventsFrom <= first && first < s.eventsTo);
    const twice = insertEvent(trace, step, {
      type: 'conversation-moved',
      conversationId: 'c1',
      channelId: 'email-2',
    });
    expect(check('INV-1', trace).status).toBe('pass');
    const [finding] = findingsOf(check('INV-1', twice));
    expect(finding).toMatchObject({ expected: 'moved once', actual: 'moved 2 times (by email-1, email-2)' });
    expect(finding?.subjects.conversations).toEqual(['c1']);
  });
});
