import { describe, expect, it } from 'vitest';
import { createReferenceSystemWith, DEFAULT_TIMING } from '../../machines/index.ts';
import { DEFAULT_POLICIES, DEFAULT_PROFILE } from '../../domain/index.ts';
import type { World } from '../../domain/index.ts';
import { conversation, message, T0, world } from '../support/fixtures.ts';
import { arrives, replyArrives, startMove } from '../support/commands.ts';
import { conversationIn, eventsOf, play, system } from './play-reference.ts';

function many(count: number, messages: number): World {
  return world({
    conversations: Array.from({ length: count }, (_, i) =>
      conversation(`c${i}`, 'email-1', { messageCount: messages }),
    ),
  });
}

function moveDuration(w: World): number {
  const s = system(w);
  play(s, startMove('email-1'), { type: 'run-until-idle' });
  const done = eventsOf(s, 'move-completed')[0];
  if (done === undefined) throw new Error('the move did not complete');
  return done.at - T0;
}

describe('reference system: the move itself', () => {
  it('MOVE-2: a conversation arriving while the channel moves is moved too', () => {
    const s = system(many(3, 2));
    play(s, startMove('email-1'), { type: 'advance', ms: 1 });
    play(s, arrives(conversation('late', 'email-1', { startedAt: T0 + 1 })));
    expect(conversationIn(s, 'late').location).toBe('inbox');
    play(s, { type: 'run-until-idle' });
    expect(conversationIn(s, 'late').location).toBe('help-desk');
    expect(s.world().conversations.filter((c) => c.location === 'inbox')).toEqual([]);
  });

  it('MOVE-3: the banner shows in the inbox settings and the inbox while moving, and goes after', () => {
    const s = system(many(2, 1));
    expect(s.observe().banner).toBeNull();
    play(s, startMove('email-1'));
    expect(s.observe().banner).toEqual({ channelId: 'email-1', places: ['inbox-settings', 'inbox'] });
    expect(eventsOf(s, 'banner-shown')).toHaveLength(1);
    play(s, { type: 'run-until-idle' });
    expect(s.observe().banner).toBeNull();
    expect(eventsOf(s, 'banner-hidden')).toHaveLength(1);
  });

  it('MOVE-4: leaving the progress page changes nothing about the move', () => {
    const left = system(many(5, 2));
    const stayed = system(many(5, 2));
    play(
      left,
      startMove('email-1'),
      { type: 'leave-progress-page', userId: 'admin' },
      { type: 'run-until-idle' },
    );
    play(stayed, startMove('email-1'), { type: 'run-until-idle' });
    expect(left.world()).toEqual(stayed.world());
    expect(
      left
        .events()
        .filter((e) => e.type !== 'progress-page-left')
        .map((e) => ({ ...e, seq: 0 })),
    ).toEqual(stayed.events().map((e) => ({ ...e, seq: 0 })));
  });

  it('MOVE-5: more conversations or more messages never make a move shorter', () => {
    const durations = [many(0, 0), many(10, 1), many(10, 5), many(20, 5), many(600, 5)].map(moveDuration);
    expect(durations[0]).toBeGreaterThan(0);
    for (let i = 1; i < durations.length; i++)
      expect(durations[i]).toBeGreaterThan(durations[i - 1] ?? Infinity);
  });

  it('MOVE-5: the duration follows the configured timing', () => {
    const timing = {
      ...DEFAULT_TIMING,
      msPerConversation: 100,
      msPerMessage: 10,
      msPerBatch: 0,
      msToComplete: 5,
    };
    const s = createReferenceSystemWith(timing)(many(3, 2), {
      policies: DEFAULT_POLICIES,
      profile: DEFAULT_PROFILE,
    });
    play(s, startMove('email-1'), { type: 'run-until-idle' });
    expect(eventsOf(s, 'move-completed')[0]?.at).toBe(T0 + 3 * 120 + 5);
  });

  it('MOVE-5: the move makes progress only as the clock advances', () => {
    const s = system(many(1000, 1));
    play(s, startMove('email-1'));
    expect(s.observe().move).toMatchObject({ status: 'running', processed: 0, pending: 1000 });
    play(s, { type: 'advance', ms: 5_000 });
    const progress = s.observe().move;
    expect(progress?.processed).toBeGreaterThan(0);
    expect(progress?.processed).toBeLessThan(1000);
    expect(s.observe().at).toBe(T0 + 5_000);
  });

  it('MOVE-6: when the move completes the channel is in help desk and no longer in the inbox', () => {
    const s = system(many(4, 3));
    play(s, startMove('email-1'));
    expect(s.observe().channelLocations['email-1']).toBe('moving');
    play(s, { type: 'run-until-idle' });
    expect(s.observe().channelLocations['email-1']).toBe('help-desk');
    expect(s.world().channels.find((c) => c.id === 'email-1')?.location).toBe('help-desk');
    expect(s.observe().move).toBeNull();
    expect(eventsOf(s, 'move-completed')[0]).toMatchObject({ conversationsMoved: 4, messagesMoved: 12 });
  });

  it('MOVE-7: with notifications on, ticket creation and assignment notify', () => {
    const s = system(world({ conversations: [conversation('c1', 'email-1', { ownerId: 'agent' })] }));
    play(s, startMove('email-1'), { type: 'run-until-idle' });
    const sent = eventsOf(s, 'notification-sent');
    expect(sent.map((n) => [n.reason, n.recipientId])).toEqual([
      ['ticket-created', null],
      ['ticket-assigned', 'agent'],
    ]);
  });

  it('MOVE-7: with notifications off none are sent, and turning them on afterwards sends none retroactively', () => {
    const s = system(
      world({
        conversations: [conversation('c1', 'email-1', { ownerId: 'agent' }), conversation('c2', 'email-1')],
      }),
    );
    play(s, { type: 'set-notifications', on: false }, startMove('email-1'), { type: 'run-until-idle' });
    play(s, { type: 'set-notifications', on: true }, { type: 'advance', ms: 60_000 });
    expect(eventsOf(s, 'ticket-created')).toHaveLength(2);
    expect(eventsOf(s, 'notification-sent')).toEqual([]);
  });

  it('SET-1: the channel settings persist through the move unchanged', () => {
    const w = many(2, 1);
    const s = system(w);
    play(s, startMove('email-1'), { type: 'run-until-idle' });
    const before = w.channels.find((c) => c.id === 'email-1');
    const after = s.world().channels.find((c) => c.id === 'email-1');
    expect(after?.settings).toEqual(before?.settings);
    expect(after).toEqual({ ...before, location: 'help-desk' });
  });

  it('INV-4: other channels, their conversations and settings are untouched', () => {
    const w = world({ conversations: [conversation('e1', 'email-1'), conversation('f1', 'form-1')] });
    const s = system(w);
    play(s, startMove('email-1'), { type: 'run-until-idle' });
    expect(conversationIn(s, 'f1')).toBe(w.conversations[1]);
    expect(s.world().channels.filter((c) => c.id !== 'email-1')).toEqual(
      w.channels.filter((c) => c.id !== 'email-1'),
    );
  });

  it('INV-2: messages of a moved conversation keep their order; a reply comes after them', () => {
    const s = system(many(1, 4));
    play(s, startMove('email-1'));
    play(s, replyArrives('c0', message('r1', 'email-1', T0 + 1)));
    play(s, { type: 'run-until-idle' });
    expect(conversationIn(s, 'c0').messages.map((m) => m.id)).toEqual([
      'c0-m0',
      'c0-m1',
      'c0-m2',
      'c0-m3',
      'r1',
    ]);
  });
});
