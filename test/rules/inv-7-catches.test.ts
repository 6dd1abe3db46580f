import { describe, expect, it } from 'vitest';
import type { Finding, World } from '../../domain/index.ts';
import { DAY } from '../../domain/index.ts';
import { MAX_FINDINGS } from '../../rules/verdict.ts';
import { check } from './support/check.ts';
import { conversation, T0, ticket, world } from '../support/fixtures.ts';
import { replyArrives, startMove } from '../support/commands.ts';
import { findingsOf, patchConversation, patchTicket } from './support/mutate.ts';

import { corrupt, moved, MOVE_STEP, only, play, reply } from './_inv-7-setup.ts';

/*
 * INV-7, the frame: the reference passes on representative traces, and each kind of unlicensed
 * change is caught naming the entity, the field, the value before and after, and the step.
 */

describe('INV-7 catches each unlicensed change, naming entity, field, before, after and step', () => {
  const cases: readonly [string, (w: World) => World, Partial<Finding['subjects']>, string, string][] = [
    [
      "a moved conversation's owner cleared",
      (w) => patchConversation(w, 'c1', { ownerId: null }),
      { conversations: ['c1'] },
      'conversation c1 ownerId: "agent" before',
      'conversation c1 ownerId: null after',
    ],
    [
      'a closed conversation reopened',
      (w) => patchConversation(w, 'c2', { status: 'open' }),
      { conversations: ['c2'] },
      'conversation c2 status: "closed" before',
      'conversation c2 status: "open" after',
    ],
    [
      'startedAt reset to the move time',
      (w) => patchConversation(w, 'c1', { startedAt: T0 }),
      { conversations: ['c1'] },
      `conversation c1 startedAt: ${T0 - 3 * DAY} before`,
      `conversation c1 startedAt: ${T0} after`,
    ],
    [
      'the subject changed',
      (w) => patchConversation(w, 'c2', { subject: 'Re: subject c2' }),
      { conversations: ['c2'] },
      'conversation c2 subject: "subject c2" before',
      'conversation c2 subject: "Re: subject c2" after',
    ],
    [
      'a message body rewritten',
      (w) =>
        patchConversation(w, 'c1', {
          messages: (w.conversations.find((c) => c.id === 'c1')?.messages ?? []).map((m, i) =>
            i === 1 ? { ...m, body: '[redacted]' } : m,
          ),
        }),
      { conversations: ['c1'] },
      'conversation c1 messages[c1-m1].body: "message 1" before',
      'conversation c1 messages[c1-m1].body: "[redacted]" after',
    ],
    [
      "an existing ticket's subject changed",
      (w) => patchTicket(w, 't3', { subject: 'rewritten' }),
      { tickets: ['t3'] },
      'ticket t3 subject: "ticket t3" before',
      'ticket t3 subject: "rewritten" after',
    ],
    [
      "another channel's settings changed",
      (w) => ({
        ...w,
        channels: w.channels.map((c) =>
          c.id === 'form-1' ? { ...c, settings: { ...c.settings, signature: '' } } : c,
        ),
      }),
      { channels: ['form-1'] },
      'channel form-1 settings: {"signature":"-- Support"',
      'channel form-1 settings: {"signature":""',
    ],
    [
      "a user's access changed without a command",
      (w) => ({ ...w, users: w.users.map((u) => (u.id === 'temp' ? { ...u, helpDeskAccess: true } : u)) }),
      { users: ['temp'] },
      'user temp helpDeskAccess: false before',
      'user temp helpDeskAccess: true after',
    ],
    [
      "the account's tier changed",
      (w) => ({ ...w, account: { ...w.account, tier: 'enterprise' } }),
      {},
      'account tier: "pro" before',
      'account tier: "enterprise" after',
    ],
    [
      'a conversation removed',
      (w) => ({ ...w, conversations: w.conversations.filter((c) => c.id !== 'c4') }),
      { conversations: ['c4'] },
      'conversation c4 existence: present before',
      'conversation c4 existence: absent after',
    ],
    [
      'a ticket created for an inbox conversation',
      (w) => ({ ...w, tickets: [...w.tickets, ticket('extra', 'c5', { location: 'help-desk' })] }),
      { tickets: ['extra'] },
      'ticket extra existence: absent before',
      'ticket extra existence: present, for conversation c5 in the inbox after',
    ],
  ];

  it.each(cases)('%s', (_, change, subjects, expected, actual) => {
    const finding = only(corrupt(moved(), MOVE_STEP, change));
    expect(finding.subjects).toEqual({ ...subjects, step: MOVE_STEP });
    expect(finding.expected.startsWith(expected)).toBe(true);
    expect(finding.actual.startsWith(actual)).toBe(true);
  });

  it('names no step when no per-step world was recorded', () => {
    const trace = corrupt(moved(), 0, (w) => patchConversation(w, 'c1', { status: 'closed' }));
    const bare = { ...trace, steps: trace.steps.map(({ world: _world, ...rest }) => rest) };
    expect(only(bare).subjects).toEqual({ conversations: ['c1'] });
  });

  it('caps the findings and keeps the count', () => {
    const many = world({
      conversations: Array.from({ length: 30 }, (_, i) => conversation(`m${i}`, 'email-1')),
    });
    const trace = play([startMove(), { type: 'run-until-idle' }], {}, many);
    const verdict = check('INV-7', {
      ...trace,
      after: {
        ...trace.after,
        conversations: trace.after.conversations.map((c) => ({ ...c, status: 'closed' })),
      },
    });
    expect(verdict).toMatchObject({ status: 'violated', count: 30 });
    expect(findingsOf(verdict)).toHaveLength(MAX_FINDINGS);
  });

  it('licenses only the replies the script sent, appended', () => {
    const trace = play([replyArrives('c4', reply('r1'))]);
    expect(check('INV-7', trace).status).toBe('pass');
    const extra = corrupt(trace, 0, (w) =>
      patchConversation(w, 'c4', {
        messages: [...(w.conversations.find((c) => c.id === 'c4')?.messages ?? []), reply('r9')],
      }),
    );
    expect(only(extra)).toMatchObject({
      subjects: { conversations: ['c4'], step: 0 },
      actual: 'conversation c4 messages: ["c4-m0","c4-m1","r1","r9"] after',
    });
  });

  it('licenses a channel change only as the command sent it, and never a move back to the inbox', () => {
    const trace = play([
      startMove(),
      { type: 'run-until-idle' },
      { type: 'change-channel', conversationId: 'c4', toChannelId: 'email-1' },
    ]);
    expect(trace.after.conversations.find((c) => c.id === 'c4')?.location).toBe('help-desk');
    expect(check('INV-7', trace).status).toBe('pass');
    const again = play([{ type: 'advance', ms: 1 }], {}, trace.after);
    const back = corrupt(again, 0, (w) => patchConversation(w, 'c1', { location: 'inbox' }));
    expect(only(back)).toMatchObject({
      expected:
        'conversation c1 location: "help-desk" before; nothing takes a conversation back to the inbox',
      actual: 'conversation c1 location: "inbox" after',
    });
    const forged = corrupt(trace, 2, (w) => patchConversation(w, 'c4', { channelHistory: ['email-1'] }));
    expect(only(forged)).toMatchObject({
      actual: 'conversation c4 channelHistory: ["email-1"] after',
      subjects: { step: 2 },
    });
  });

  it('catches a conversation that no arrival brought, and one moved though its channel was not', () => {
    const trace = moved();
    const stray = corrupt(trace, 1, (w) => ({
      ...w,
      conversations: [...w.conversations, conversation('ghost', 'email-1', { location: 'help-desk' })],
    }));
    expect(only(stray).expected).toMatch(/^conversation ghost existence: absent before/);
    const dragged = corrupt(trace, 1, (w) => patchConversation(w, 'c5', { location: 'help-desk' }));
    expect(only(dragged).subjects).toEqual({ conversations: ['c5'], step: 1 });
  });
});
