import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../domain/index.ts';
import { HOUR } from '../../domain/index.ts';
import { CHECKERS, checkTrace } from '../../rules/index.ts';
import { account, conversation, SLA, T0, ticket, world } from '../support/fixtures.ts';
import { MiniSystem } from './support/mini-system.ts';
import { options } from './support/trace-builder.ts';

const violated = (verdicts: readonly Verdict[]) => verdicts.filter((v) => v.status === 'violated');

describe('checkTrace on a correct run', () => {
  it('finds no violation in a move with history, arrivals, replies and refusals', () => {
    const before = world({
      account: account({ sla: SLA }),
      conversations: [
        conversation('c1', 'email-1'),
        conversation('c2', 'email-1', { status: 'closed', ownerId: 'temp' }),
        conversation('c3', ['chat-1', 'email-1']),
        conversation('c4', 'email-2'),
        conversation('c5', 'email-1', { ownerId: null }),
      ],
      tickets: [ticket('t1', 'c1')],
    });
    const system = new MiniSystem(before);
    system.recordWorlds = true;
    system
      .start('email-1')
      .refuse({ type: 'cancel-move', actorId: 'admin', channelId: 'email-1' }, 'MOVE-1')
      .leave()
      .arrive(conversation('n1', 'email-1', { daysAgo: 0 }))
      .advance(2000)
      .reply('c1', { id: 'r1', at: T0, channelId: 'email-1', kind: 'email', author: 'contact', body: 'hi' })
      .runUntilIdle()
      .arrive(conversation('n2', 'email-1', { daysAgo: 0 }))
      .refuse({ type: 'move-back', actorId: 'admin', channelId: 'email-1' }, 'ELIG-7');
    const verdicts = checkTrace(system.trace());
    expect(violated(verdicts)).toEqual([]);
    const passed = verdicts.filter((v) => v.status === 'pass').map((v) => v.ruleId);
    expect(passed).toEqual(
      expect.arrayContaining(['MOVE-1', 'MOVE-2', 'HIST-1', 'HIST-2a', 'NEW-1', 'INV-6']),
    );
    // One verdict per registered checker (the registry grows as rules get checkers).
    expect(verdicts.length).toBe(Object.keys(CHECKERS).length);
  });

  it('finds no violation when the history stays behind and notifications are off', () => {
    const before = world({
      account: account({ notificationsOn: false }),
      conversations: [conversation('c1', 'form-1'), conversation('c2', ['form-1', 'email-1'])],
    });
    const system = new MiniSystem(before, options({ 'OPEN-2': 'stays' }));
    system
      .start('form-1', { kind: 'none' })
      .advance(HOUR)
      .reply('c1', { id: 'r1', at: T0, channelId: 'form-1', kind: 'email', author: 'contact', body: 'hi' });
    expect(violated(checkTrace(system.trace()))).toEqual([]);
  });
});
