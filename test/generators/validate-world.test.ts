import { describe, expect, it } from 'vitest';
import type { World } from '../../domain/index.ts';
import { validateWorld } from '../../domain/index.ts';
import { generateWorld } from '../../generators/index.ts';

const valid = generateWorld(3, { conversations: 40, ticketShare: 0.5, poolSize: 50 });

function firstWith(world: World, predicate: (index: number) => boolean): number {
  const index = world.conversations.findIndex((_, i) => predicate(i));
  if (index < 0) throw new Error('fixture has no such conversation');
  return index;
}

function paths(world: World): string[] {
  return validateWorld(world).map((problem) => problem.path);
}

describe('validateWorld', () => {
  it('finds nothing wrong in a generated world', () => {
    expect(validateWorld(valid)).toEqual([]);
  });

  it('reports a ticket in help desk whose conversation is still in the inbox', () => {
    const index = valid.tickets.findIndex(
      (t) => valid.conversations.find((c) => c.id === t.conversationId)?.location === 'inbox',
    );
    const ticket = valid.tickets[index];
    if (ticket === undefined) throw new Error('fixture has no inbox ticket');
    const tickets = valid.tickets.map((t, i) => (i === index ? { ...t, location: 'help-desk' as const } : t));
    expect(validateWorld({ ...valid, tickets })).toEqual([
      {
        path: `tickets[${index}].location`,
        expected: `inbox, as its conversation ${ticket.conversationId}`,
        found: '"help-desk"',
      },
    ]);
  });

  it('reports duplicate IDs of every entity at their second occurrence', () => {
    const [u0, u1] = valid.users;
    const [c0, c1] = valid.conversations;
    const [t0, t1] = valid.tickets;
    if (!u0 || !u1 || !c0 || !c1 || !t0 || !t1) throw new Error('fixture too small');
    const m1 = c1.messages[0];
    if (!m1) throw new Error('fixture conversation has no message');
    const world: World = {
      ...valid,
      users: [u0, { ...u1, id: u0.id }, ...valid.users.slice(2)],
      channels: [...valid.channels, { ...valid.channels[0]!, name: 'copy' }],
      conversations: [
        c0,
        { ...c1, id: c0.id, messages: [{ ...m1, id: c0.messages[0]!.id }, ...c1.messages.slice(1)] },
        ...valid.conversations.slice(2),
      ],
      tickets: [t0, { ...t1, id: t0.id }, ...valid.tickets.slice(2)],
    };
    expect(paths(world)).toEqual(
      expect.arrayContaining([
        'users[1].id',
        `channels[${valid.channels.length}].id`,
        'conversations[1].id',
        'conversations[1].messages[0].id',
        'tickets[1].id',
      ]),
    );
  });

  it('reports dangling references with what was expected and found', () => {
    const i = firstWith(valid, (k) => valid.conversations[k]!.ownerId !== null);
    const conversations = valid.conversations.map((c, k) =>
      k === i ? { ...c, ownerId: 'nobody', channelHistory: [...c.channelHistory, 'no-channel'] } : c,
    );
    const tickets = valid.tickets.map((t, k) =>
      k === 0 ? { ...t, conversationId: 'gone', ownerId: 'nobody' } : t,
    );
    const channels = valid.channels.map((ch, k) =>
      k === 0
        ? {
            ...ch,
            settings: { ...ch.settings, routing: { mode: 'specific-users' as const, userIds: ['nobody'] } },
          }
        : ch,
    );
    const problems = validateWorld({ ...valid, conversations, tickets, channels });
    expect(problems).toContainEqual({
      path: `conversations[${i}].ownerId`,
      expected: `the ID of a user (${valid.users
        .slice(0, 8)
        .map((u) => u.id)
        .join(', ')}${valid.users.length > 8 ? ', ...' : ''}), or null`,
      found: '"nobody"',
    });
    const at = `conversations[${i}].channelHistory[${conversations[i]!.channelHistory.length - 1}]`;
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        at,
        'tickets[0].conversationId',
        'tickets[0].ownerId',
        'channels[0].settings.routing.userIds[0]',
      ]),
    );
  });

  it('reports a message on a channel the conversation never was in', () => {
    const conversations = valid.conversations.map((c, k) =>
      k === 0 ? { ...c, messages: c.messages.map((m) => ({ ...m, channelId: 'elsewhere' })) } : c,
    );
    expect(paths({ ...valid, conversations })).toContain('conversations[0].messages[0].channelId');
  });

  it('reports an empty channel history, an empty pipeline and a status outside it', () => {
    const conversations = valid.conversations.map((c, k) =>
      k === 0 ? { ...c, channelHistory: [], messages: [] } : c,
    );
    const account = { ...valid.account, pipeline: { id: 'p', statuses: [] } };
    const found = paths({ ...valid, account, conversations });
    expect(found).toEqual(
      expect.arrayContaining([
        'conversations[0].channelHistory',
        'account.pipeline.statuses',
        'tickets[0].status',
      ]),
    );
  });

  it('reports a chatflow without surface and a surface on another kind', () => {
    const chatflow = valid.channels.findIndex((ch) => ch.kind === 'chatflow');
    const email = valid.channels.findIndex((ch) => ch.kind === 'email');
    const channels = valid.channels.map((ch, k) => {
      if (k === chatflow) return { ...ch, surface: undefined };
      if (k === email) return { ...ch, surface: 'whatsapp' as const };
      return ch;
    });
    expect(paths({ ...valid, channels }).sort()).toEqual(
      [`channels[${chatflow}].surface`, `channels[${email}].surface`].sort(),
    );
  });

  it('reports messages before startedAt and out of time order', () => {
    const i = firstWith(valid, (k) => valid.conversations[k]!.messages.length >= 3);
    const c = valid.conversations[i]!;
    const [m0, m1, m2] = c.messages;
    const messages = [
      { ...m0!, at: c.startedAt - 1 },
      { ...m1!, at: m2!.at + 1 },
      m2!,
      ...c.messages.slice(3),
    ];
    const conversations = valid.conversations.map((x, k) => (k === i ? { ...c, messages } : x));
    expect(paths({ ...valid, conversations })).toEqual([
      `conversations[${i}].messages[0].at`,
      `conversations[${i}].messages[2].at`,
    ]);
  });

  it('reports a channel default status outside the pipeline', () => {
    const channels = valid.channels.map((ch, k) =>
      k === 0
        ? {
            ...ch,
            settings: { ...ch.settings, ticketCreation: { autoCreate: true, defaultStatus: 'Bogus' } },
          }
        : ch,
    );
    expect(validateWorld({ ...valid, channels })).toEqual([
      {
        path: 'channels[0].settings.ticketCreation.defaultStatus',
        expected: `a status of the help desk pipeline (${valid.account.pipeline.statuses.join(', ')}), or null`,
        found: '"Bogus"',
      },
    ]);
  });

  it('reports a conversation in help desk without exactly one ticket (INV-3)', () => {
    const ticketed = new Set(valid.tickets.map((t) => t.conversationId));
    const none = firstWith(valid, (k) => !ticketed.has(valid.conversations[k]!.id));
    const one = firstWith(
      valid,
      (k) => valid.tickets.filter((t) => t.conversationId === valid.conversations[k]!.id).length === 1,
    );
    const conversations = valid.conversations.map((c, k) =>
      k === none || k === one ? { ...c, location: 'help-desk' as const } : c,
    );
    expect(validateWorld({ ...valid, conversations })).toEqual([
      {
        path: `conversations[${none}]`,
        expected: 'exactly one ticket for a conversation in help desk (INV-3)',
        found: '0 tickets',
      },
    ]);
  });
});
