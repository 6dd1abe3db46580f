import { describe, expect, it } from 'vitest';
import type { Policies } from '../../domain/index.ts';
import {
  conversation,
  conversationIn,
  eventsOf,
  message,
  play,
  startAll,
  startNone,
  system,
  T0,
  ticket,
  ticketsOf,
  world,
} from './fixtures.ts';

function many(count: number) {
  return Array.from({ length: count }, (_, i) => conversation(`c${i}`));
}

describe('reference system: OPEN policies played both ways', () => {
  const outsiderTicket = ticket('t1', 'c1', { ownerId: 'outsider' });
  it.each([
    ['keep-owner', 'outsider', 0],
    ['unassign', null, 1],
  ] as const)('OPEN-1 %s: a moved ticket whose owner lacks access', (value, owner, assignments) => {
    const s = system(world({ conversations: [conversation('c1')], tickets: [outsiderTicket] }), {
      policies: { 'OPEN-1': value },
    });
    play(s, startAll('email'), { type: 'run-until-idle' });
    expect(ticketsOf(s, 'c1')[0]?.ownerId).toBe(owner);
    expect(eventsOf(s, 'ticket-assigned')).toHaveLength(assignments);
  });

  it.each([
    ['stays', 'inbox', 0],
    ['moves', 'help-desk', 1],
  ] as const)('OPEN-2 %s: a reply to an old conversation after a "none" move', (value, location, tickets) => {
    const s = system(world({ conversations: [conversation('old')] }), { policies: { 'OPEN-2': value } });
    play(s, startNone('email'), { type: 'run-until-idle' });
    play(s, { type: 'reply-arrives', conversationId: 'old', message: message('r', 'email', T0 + 1) });
    expect(conversationIn(s, 'old').location).toBe(location);
    expect(ticketsOf(s, 'old')).toHaveLength(tickets);
    expect(eventsOf(s, 'reply-added')).toMatchObject([{ location }]);
  });

  it.each([
    ['at-processing', 'inbox', 'help-desk'],
    ['at-move-start', 'help-desk', 'inbox'],
  ] as const)(
    'OPEN-3 %s: conversations changed out of and into the moving channel',
    (value, outLocation, inLocation) => {
      const conversations = [...many(3), conversation('out'), conversation('in', { channels: ['form'] })];
      const s = system(world({ conversations }), { policies: { 'OPEN-3': value } });
      play(s, startAll('email'));
      play(s, { type: 'change-channel', conversationId: 'out', toChannelId: 'form' });
      play(s, { type: 'change-channel', conversationId: 'in', toChannelId: 'email' });
      play(s, { type: 'run-until-idle' });
      expect(conversationIn(s, 'out').location).toBe(outLocation);
      expect(conversationIn(s, 'in').location).toBe(inLocation);
    },
  );

  it.each([
    ['at-ticket-creation', 'outsider'],
    ['at-move-start', null],
  ] as const)('OPEN-4 %s: an owner gains help desk access during the move', (value, owner) => {
    const conversations = [...many(3), conversation('late', { ownerId: 'outsider' })];
    const s = system(world({ conversations }), { policies: { 'OPEN-4': value } });
    play(s, startAll('email'), { type: 'set-help-desk-access', userId: 'outsider', access: true });
    play(s, { type: 'run-until-idle' });
    expect(ticketsOf(s, 'late')[0]?.ownerId).toBe(owner);
  });

  it.each([
    ['all-move', ['help-desk', 'help-desk']],
    ['most-recent-moves', ['inbox', 'help-desk']],
  ] as const)('OPEN-5 %s: a conversation with several tickets', (value, locations) => {
    const tickets = [
      ticket('old', 'c1', { createdAt: T0 - 9000 }),
      ticket('recent', 'c1', { createdAt: T0 - 10 }),
    ];
    const s = system(world({ conversations: [conversation('c1')], tickets }), {
      policies: { 'OPEN-5': value },
    });
    play(s, startAll('email'), { type: 'run-until-idle' });
    expect(ticketsOf(s, 'c1').map((t) => t.location)).toEqual(locations);
    expect(eventsOf(s, 'ticket-created')).toEqual([]);
  });

  it.each([
    ['resume', true],
    ['off-until-complete', false],
  ] as const)('OPEN-6 %s: notifications turned back on during the move', (value, resumed) => {
    const s = system(world({ conversations: many(1000) }), { policies: { 'OPEN-6': value } });
    play(s, { type: 'set-notifications', on: false }, startAll('email'), { type: 'advance', ms: 1000 });
    play(s, { type: 'set-notifications', on: true });
    const turnedOnAt = s.observe().at;
    play(s, { type: 'run-until-idle' });
    const sent = eventsOf(s, 'notification-sent');
    expect(sent.length > 0).toBe(resumed);
    expect(sent.every((n) => n.at >= turnedOnAt)).toBe(true);
    // After the move, notifications are on under either policy.
    play(s, { type: 'conversation-arrives', conversation: conversation('after') });
    expect(eventsOf(s, 'notification-sent').length).toBeGreaterThan(sent.length);
  });

  it.each([
    ['own-start-date', T0 - 50],
    ['processing-time', null],
  ] as const)('OPEN-7 %s: the create date of a conversation arriving during the move', (value, expected) => {
    const s = system(world({ conversations: many(2) }), { policies: { 'OPEN-7': value } });
    play(s, startAll('email'), { type: 'advance', ms: 10 });
    play(s, { type: 'conversation-arrives', conversation: conversation('arrival', { startedAt: T0 - 50 }) });
    play(s, { type: 'run-until-idle' });
    const created = eventsOf(s, 'ticket-created').find((e) => e.conversationId === 'arrival');
    const moved = eventsOf(s, 'conversation-moved').find((e) => e.conversationId === 'arrival');
    expect(created?.createdAt).toBe(expected ?? moved?.at);
    expect(ticketsOf(s, 'arrival')[0]?.createdAt).toBe(created?.createdAt);
  });

  it('every policy has a default that the system accepts', () => {
    const policies: Partial<Policies> = {};
    const s = system(world({ conversations: many(2) }), { policies });
    play(s, startAll('email'), { type: 'run-until-idle' });
    expect(s.world().conversations.every((c) => c.location === 'help-desk')).toBe(true);
  });
});
