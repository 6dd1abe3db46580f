import { describe, expect, it } from 'vitest';
import { build, CHANNEL_KINDS, HOUR, validateWorld } from '../../domain/index.ts';
import { generateWorld } from '../../generators/index.ts';
import { PROBE_WORLD } from '../../harness/index.ts';
import { conversation, T0, ticket, world } from '../support/fixtures.ts';

// The world builder (domain/world-builder.ts): what it builds from its defaults alone validates, its
// keys come in the domain's order whatever the caller passes, and the tests' fixtures built on it
// validate too.

/** A world with one channel of every kind and a conversation and ticket in each, from defaults only. */
function everyKind() {
  const channels = CHANNEL_KINDS.map((kind, i) => build.channel(`ch${i}`, kind));
  const conversations = channels.map((channel, i) =>
    build.conversation(`c${i}`, [channel.id], i * HOUR, {
      ownerId: 'agent',
      messages: [build.message(`m${i}`, channel.id, i * HOUR), build.message(`n${i}`, channel.id, i * HOUR)],
    }),
  );
  return build.world({
    clock: channels.length * HOUR,
    users: [build.user('admin', { superAdmin: true }), build.user('agent')],
    channels,
    conversations,
    tickets: conversations.map((c, i) => build.ticket(`t${i}`, c.id, c.startedAt)),
  });
}

describe('the world builder', () => {
  it('builds a valid world from its defaults, of every channel kind', () => {
    expect(validateWorld(build.world())).toEqual([]);
    expect(validateWorld(everyKind())).toEqual([]);
  });

  it('keeps a surface on chatflows only and an email address kind on email channels only', () => {
    const given = { surface: 'whatsapp', emailAddressKind: 'personal' } as const;
    for (const kind of CHANNEL_KINDS) {
      const channel = build.channel('x', kind, given);
      expect(channel.surface).toBe(kind === 'chatflow' ? 'whatsapp' : undefined);
      expect(channel.emailAddressKind).toBe(kind === 'email' ? 'personal' : undefined);
    }
    expect(build.channel('x', 'chatflow').surface).toBe('website-live-chat');
    expect(build.channel('x', 'email').emailAddressKind).toBe('team');
  });

  it('fills in settings part by part', () => {
    const settings = build.channelSettings({
      routing: { userIds: ['agent'] },
      ticketCreation: { autoCreate: false },
    });
    expect(settings).toEqual({
      signature: '',
      routing: { mode: 'none', userIds: ['agent'] },
      automation: { autoReply: false, rules: [] },
      ticketCreation: { autoCreate: false, defaultStatus: null },
    });
    expect(build.channel('e1', 'email').settings.signature).toBe('The Email e1 team');
  });

  it('writes keys in the order of the domain types, whatever order the parts come in', () => {
    const channel = build.channel('e1', 'chatflow', {
      location: 'help-desk',
      settings: { ticketCreation: { defaultStatus: 'New', autoCreate: true }, signature: 's' },
      address: 'a',
      surface: 'website-bot',
      name: 'n',
    });
    expect(Object.keys(channel)).toEqual([
      'id',
      'name',
      'kind',
      'surface',
      'address',
      'settings',
      'location',
    ]);
    expect(Object.keys(channel.settings)).toEqual(['signature', 'routing', 'automation', 'ticketCreation']);
    const c = build.conversation('c1', ['e1'], 0, { location: 'inbox', messages: [], subject: 's' });
    expect(Object.keys(c)).toEqual([
      'id',
      'subject',
      'contactName',
      'contactEmail',
      'channelHistory',
      'startedAt',
      'status',
      'ownerId',
      'messages',
      'location',
    ]);
    expect(Object.keys(build.message('m', 'e1', 0, { body: 'b', kind: 'chat' }))).toEqual([
      'id',
      'at',
      'channelId',
      'kind',
      'author',
      'body',
    ]);
    expect(Object.keys(build.ticket('t', 'c1', 0, { sla: null, status: 'New' }))).toEqual([
      'id',
      'conversationId',
      'subject',
      'createdAt',
      'status',
      'ownerId',
      'location',
      'sla',
    ]);
    expect(Object.keys(build.world({ tickets: [], clock: 1 }))).toEqual([
      'clock',
      'account',
      'users',
      'channels',
      'conversations',
      'tickets',
    ]);
  });

  it('agrees with the generator’s hot loop, which builds by hand: same values, same key order', () => {
    const generated = generateWorld(3, { conversations: 40, ticketShare: 0.5 });
    const rebuilt = generated.conversations.map((c) =>
      build.conversation(c.id, c.channelHistory, c.startedAt, {
        ...c,
        messages: c.messages.map((m) => build.message(m.id, m.channelId, m.at, m)),
      }),
    );
    expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(generated.conversations));
    const tickets = generated.tickets.map((t) => build.ticket(t.id, t.conversationId, t.createdAt, t));
    expect(generated.tickets.length).toBeGreaterThan(0);
    expect(JSON.stringify(tickets)).toBe(JSON.stringify(generated.tickets));
  });

  it('builds the harness probe and the test fixtures as valid worlds', () => {
    expect(validateWorld(PROBE_WORLD)).toEqual([]);
    const fixture = world({
      conversations: [
        conversation('c1', 'email-1'),
        conversation('c2', ['form-1', 'email-2'], { startedAt: T0 }),
      ],
      tickets: [ticket('t1', 'c1')],
    });
    expect(validateWorld(fixture)).toEqual([]);
  });
});
