import { describe, expect, it } from 'vitest';
import {
  DAY,
  DEFAULT_PIPELINE,
  DEFAULT_POLICIES,
  DEFAULT_PROFILE,
  HOUR,
  MINUTE,
} from '../../domain/index.ts';
import { parseScenario } from '../../scenarios/load.ts';
import { DEFAULT_SCENARIO_START, parseDuration, parseTime } from '../../scenarios/time-text.ts';

const START = Date.parse(DEFAULT_SCENARIO_START);

const COMPACT = `id: compact
title: Compact defaults
targets: [HIST-8]
users: [{ id: admin, superAdmin: true }, { id: bob, helpDeskAccess: false }]
channels:
  - { id: form-1, kind: form }
  - { id: email-1, kind: email }
  - { id: chat-1, kind: chatflow }
  - { id: old, kind: email, location: help-desk }
conversations:
  - { id: thread, channel: form-1, continuedOverEmail: email-1 }
  - { id: hop, channels: [chat-1, email-1], status: closed, owner: bob, tickets: 2 }
  - { id: moved, channel: old }
bulk:
  - { channel: email-1, count: 4, closedEvery: 2, ticketEvery: 4, owners: [bob, null] }
script:
  - start-move: { channel: form-1 }
  - start-move: { channel: chat-1 }
  - advance: 1h30m
  - at: +2h
  - conversation-arrives: { id: n1, channel: email-1 }
  - reply-arrives: { conversation: thread }
  - set-notifications: off
  - run-until-idle
  - leave-progress-page
  - worker-crash
  - redeliver: n1
`;

describe('compact scenario defaults', () => {
  const scenario = parseScenario(COMPACT, 'compact.yaml');
  const { world, script } = scenario;

  it('fills in the account, the users and the options', () => {
    expect(world.clock).toBe(START);
    expect(world.account).toMatchObject({
      tier: 'pro',
      helpDeskBeta: true,
      notificationsOn: true,
      pipeline: DEFAULT_PIPELINE,
    });
    expect(world.account.sla).not.toBeNull();
    expect(world.users[1]).toEqual({
      id: 'bob',
      name: 'Bob',
      email: 'bob@example.com',
      superAdmin: false,
      helpDeskAccess: false,
    });
    expect(scenario.options).toEqual({ policies: DEFAULT_POLICIES, profile: DEFAULT_PROFILE });
    expect(scenario.ref).toEqual({
      id: 'compact',
      title: 'Compact defaults',
      file: 'compact.yaml',
      targets: ['HIST-8'],
    });
  });

  it('fills in channels: surface for chatflows, address kind for email, settings', () => {
    const [form, email, chat] = world.channels;
    expect(chat).toMatchObject({ kind: 'chatflow', surface: 'website-live-chat', location: 'inbox' });
    expect(email).toMatchObject({ kind: 'email', emailAddressKind: 'team' });
    expect(form?.surface).toBeUndefined();
    expect(form?.settings.routing).toEqual({ mode: 'none', userIds: [] });
  });

  it('turns the form-then-email shorthand into a [form, email] history with a submission and an email', () => {
    const thread = world.conversations.find((c) => c.id === 'thread');
    expect(thread?.channelHistory).toEqual(['form-1', 'email-1']);
    expect(thread?.messages.map((m) => [m.channelId, m.kind, m.at])).toEqual([
      ['form-1', 'form-submission', START - DAY],
      ['email-1', 'email', START - DAY + 10 * MINUTE],
    ]);
  });

  it('gives counted tickets the conversation owner, its state status and hourly create dates', () => {
    const tickets = world.tickets.filter((t) => t.conversationId === 'hop');
    expect(tickets.map((t) => [t.id, t.status, t.ownerId, t.createdAt, t.location])).toEqual([
      ['hop-t1', 'Closed', 'bob', START - DAY, 'inbox'],
      ['hop-t2', 'Closed', 'bob', START - DAY + HOUR, 'inbox'],
    ]);
  });

  it('puts a conversation of a help desk channel in help desk with one ticket and SLAs', () => {
    expect(world.conversations.find((c) => c.id === 'moved')?.location).toBe('help-desk');
    const ticket = world.tickets.find((t) => t.conversationId === 'moved');
    expect(ticket?.location).toBe('help-desk');
    expect(ticket?.sla?.firstReplyDueAt).toBe(START - DAY + 60 * MINUTE);
  });

  it('makes bulk conversations deterministically', () => {
    const bulk = world.conversations.filter((c) => c.id.startsWith('email-1-bulk-'));
    expect(bulk.map((c) => [c.id, c.status, c.ownerId])).toEqual([
      ['email-1-bulk-1', 'open', 'bob'],
      ['email-1-bulk-2', 'closed', null],
      ['email-1-bulk-3', 'open', 'bob'],
      ['email-1-bulk-4', 'closed', null],
    ]);
    expect(
      world.tickets.filter((t) => t.conversationId.startsWith('email-1-bulk-')).map((t) => t.id),
    ).toEqual(['email-1-bulk-4-t1']);
    expect(bulk[1]?.startedAt).toBe(START - 30 * DAY + MINUTE);
  });

  it('gives a bulk conversation (messages in columns) the messages of the same conversation written out', () => {
    const text = (entry: string) => `id: same
title: Same messages
targets: [INV-2]
channels: [{ id: email-1, kind: email }, { id: chat-1, kind: chatflow }]
${entry}
script: [run-until-idle]
`;
    for (const [count, channel] of [
      [3, 'email-1'],
      [1, 'chat-1'],
      [7, 'chat-1'],
    ] as const) {
      const bulk = parseScenario(
        text(`bulk: [{ channel: ${channel}, count: 2, messages: ${count}, startedAt: "-3d", spacing: 1h }]`),
        'bulk.yaml',
      ).world.conversations[1];
      const written = parseScenario(
        text(
          `conversations: [{ id: ${channel}-bulk-2, channel: ${channel}, messages: ${count}, startedAt: "-3d", subject: "Conversation ${channel}-bulk-2" }]`,
        ),
        'written.yaml',
      ).world.conversations[0];
      // Bodies differ on purpose (one shared text per index in bulk), the rest is the same.
      const bodiless = (c: typeof bulk) => c?.messages.map(({ body: _body, ...m }) => m);
      expect(bodiless(bulk)?.length).toBe(count);
      expect(bodiless(bulk)).toEqual(bodiless(written)?.map((m) => ({ ...m, at: m.at + HOUR })));
      expect(bulk?.messages.map((m) => m.body)).toEqual(
        Array.from({ length: count }, (_, i) => `Bulk conversation, message ${i + 1}`),
      );
    }
  });

  it('compiles the script sugar into commands', () => {
    expect(script[0]).toEqual({
      type: 'start-move',
      actorId: 'admin',
      channelId: 'form-1',
      entryPoint: 'inbox-settings',
      history: { kind: 'all', openStatus: 'New', closedStatus: 'Closed' },
    });
    expect(script[1]).toMatchObject({ entryPoint: 'chatflows-list' });
    expect(script[2]).toEqual({ type: 'advance', ms: 90 * MINUTE });
    expect(script[3]).toEqual({ type: 'advance', ms: 30 * MINUTE });
    expect(script[4]).toMatchObject({
      type: 'conversation-arrives',
      conversation: { id: 'n1', startedAt: START + 2 * HOUR, channelHistory: ['email-1'] },
    });
    expect(script[5]).toMatchObject({
      type: 'reply-arrives',
      conversationId: 'thread',
      message: {
        id: 'thread-r1',
        at: START + 2 * HOUR,
        channelId: 'email-1',
        kind: 'email',
        author: 'contact',
      },
    });
    expect(script.slice(6, 10)).toEqual([
      { type: 'set-notifications', on: false },
      { type: 'run-until-idle' },
      { type: 'leave-progress-page', userId: 'admin' },
      { type: 'worker-crash' },
    ]);
    expect(script[10]).toEqual(script[4]);
  });
});

describe('scenario times', () => {
  it('reads durations and offsets', () => {
    expect(parseDuration('1h30m')).toBe(90 * MINUTE);
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('ten minutes')).toBeNull();
    expect(parseTime('-3d', START)).toBe(START - 3 * DAY);
    expect(parseTime('2024-04-16T09:00:00Z', START)).toBe(START + DAY);
    expect(parseTime('yesterday', START)).toBeNull();
  });
});
