import { describe, expect, it } from 'vitest';
import type { Policies } from '../../domain/index.ts';
import { conversation, message, T0, ticket, world } from '../support/fixtures.ts';
import { arrives, replyArrives, startMove, startNone } from '../support/commands.ts';
import { conversationIn, eventsOf, play, system, ticketsOf } from './play-reference.ts';

function many(count: number) {
  return Array.from({ length: count }, (_, i) => conversation(`c${i}`, 'email-1'));
}

describe('reference system: OPEN policies played both ways', () => {
  const outsiderTicket = ticket('t1', 'c1', { ownerId: 'temp' });
  it.each([
    ['keep-owner', 'temp', 0],
    ['unassign', null, 1],
  ] as const)('OPEN-1 %s: a moved ticket whose owner lacks access', (value, owner, assignments) => {
    const s = system(world({ conversations: [conversation('c1', 'email-1')], tickets: [outsiderTicket] }), {
      policies: { 'OPEN-1': value },
    });
    play(s, startMove('email-1'), { type: 'run-until-idle' });
    expect(ticketsOf(s, 'c1')[0]?.ownerId).toBe(owner);
    expect(eventsOf(s, 'ticket-assigned')).toHaveLength(assignments);
  });

  it.each([
    ['stays', 'inbox', 0],
    ['moves', 'help-desk', 1],
  ] as const)('OPEN-2 %s: a reply to an old conversation after a "none" move', (value, location, tickets) => {
    const s = system(world({ conversations: [conversation('old', 'email-1')] }), {
      policies: { 'OPEN-2': value },
    });
    play(s, startNone('email-1'), { type: 'run-until-idle' });
    play(s, replyArrives('old', message('r', 'email-1', T0 + 1)));
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
      const conversations = [...many(3), conversation('out', 'email-1'), conversation('in', 'form-1')];
      const s = system(world({ conversations }), { policies: { 'OPEN-3': value } });
      play(s, startMove('email-1'));
      play(s, { type: 'change-channel', conversationId: 'out', toChannelId: 'form-1' });
      play(s, { type: 'change-channel', conversationId: 'in', toChannelId: 'email-1' });
      play(s, { type: 'run-until-idle' });
      expect(conversationIn(s, 'out').location).toBe(outLocation);
      expect(conversationIn(s, 'in').location).toBe(inLocation);
    },
  );

  it.each([
    ['at-ticket-creation', 'temp'],
    ['at-move-start', null],
  ] as const)('OPEN-4 %s: an owner gains help desk access during the move', (value, owner) => {
    const conversations = [...many(3), conversation('late', 'email-1', { ownerId: 'temp' })];
    const s = system(world({ conversations }), { policies: { 'OPEN-4': value } });
    play(s, startMove('email-1'), { type: 'set-help-desk-access', userId: 'temp', access: true });
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
    const s = system(world({ conversations: [conversation('c1', 'email-1')], tickets }), {
      policies: { 'OPEN-5': value },
    });
    play(s, startMove('email-1'), { type: 'run-until-idle' });
    expect(ticketsOf(s, 'c1').map((t) => t.location)).toEqual(locations);
    expect(eventsOf(s, 'ticket-created')).toEqual([]);
  });

  it.each([
    ['resume', true],
    ['off-until-complete', false],
  ] as const)('OPEN-6 %s: notifications turned back on during the move', (value, resumed) => {
    const s = system(world({ conversations: many(1000) }), { policies: { 'OPEN-6': value } });
    play(s, { type: 'set-notifications', on: false }, startMove('email-1'), { type: 'advance', ms: 1000 });
    play(s, { type: 'set-notifications', on: true });
    const turnedOnAt = s.observe().at;
    play(s, { type: 'run-until-idle' });
    const sent = eventsOf(s, 'notification-sent');
    expect(sent.length > 0).toBe(resumed);
    expect(sent.every((n) => n.at >= turnedOnAt)).toBe(true);
    // After the move, notifications are on under either policy.
    play(s, arrives(conversation('after', 'email-1')));
    expect(eventsOf(s, 'notification-sent').length).toBeGreaterThan(sent.length);
  });

  it.each([
    ['own-start-date', T0 - 50],
    ['processing-time', null],
  ] as const)('OPEN-7 %s: the create date of a conversation arriving during the move', (value, expected) => {
    const s = system(world({ conversations: many(2) }), { policies: { 'OPEN-7': value } });
    play(s, startMove('email-1'), { type: 'advance', ms: 10 });
    play(s, arrives(conversation('arrival', 'email-1', { startedAt: T0 - 50 })));
    play(s, { type: 'run-until-idle' });
    const created = eventsOf(s, 'ticket-created').find((e) => e.conversationId === 'arrival');
    const moved = eventsOf(s, 'conversation-moved').find((e) => e.conversationId === 'arrival');
    expect(created?.createdAt).toBe(expected ?? moved?.at);
    expect(ticketsOf(s, 'arrival')[0]?.createdAt).toBe(created?.createdAt);
  });

  it('every policy has a default that the system accepts', () => {
    const policies: Partial<Policies> = {};
    const s = system(world({ conversations: many(2) }), { policies });
    play(s, startMove('email-1'), { type: 'run-until-idle' });
    expect(s.world().conversations.every((c) => c.location === 'help-desk')).toBe(true);
  });
});
