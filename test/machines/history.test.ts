import { describe, expect, it } from 'vitest';
import { MINUTE } from '../../domain/index.ts';
import {
  account,
  conversation,
  conversationIn,
  eventsOf,
  message,
  play,
  SLA,
  startAll,
  startNone,
  system,
  T0,
  ticket,
  ticketsOf,
  world,
} from './fixtures.ts';

describe('reference system: historical conversations', () => {
  it('HIST-1: a conversation with a ticket moves with that ticket, its fields as they were', () => {
    const existing = ticket('t1', 'c1', { ownerId: 'agent', status: 'Waiting on contact' });
    const s = system(world({ conversations: [conversation('c1')], tickets: [existing] }));
    play(s, startAll('email'), { type: 'run-until-idle' });
    expect(ticketsOf(s, 'c1')).toEqual([{ ...existing, location: 'help-desk' }]);
    expect(eventsOf(s, 'ticket-moved')).toMatchObject([{ ticketId: 't1', conversationId: 'c1' }]);
    expect(eventsOf(s, 'ticket-created')).toEqual([]);
  });

  it('HIST-2: a conversation without a ticket gets a new one, associated with it', () => {
    const s = system(world({ conversations: [conversation('c1')] }));
    play(s, startAll('email'), { type: 'run-until-idle' });
    const tickets = ticketsOf(s, 'c1');
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({
      conversationId: 'c1',
      location: 'help-desk',
      subject: 'subject of c1',
    });
    expect(eventsOf(s, 'ticket-created')).toMatchObject([{ conversationId: 'c1', ticketId: tickets[0]?.id }]);
  });

  it('HIST-2a: a created ticket is dated at the conversation start', () => {
    const startedAt = T0 - 5 * 86_400_000;
    const s = system(world({ conversations: [conversation('c1', { startedAt })] }));
    play(s, startAll('email'), { type: 'run-until-idle' });
    expect(ticketsOf(s, 'c1')[0]?.createdAt).toBe(startedAt);
  });

  it('HIST-2b: open conversations get the open status, closed ones the closed status', () => {
    const s = system(
      world({
        conversations: [conversation('o', { status: 'open' }), conversation('c', { status: 'closed' })],
      }),
    );
    const command = {
      ...startAll(),
      history: { kind: 'all' as const, openStatus: 'Waiting on us', closedStatus: 'Closed' },
    };
    play(s, command, { type: 'run-until-idle' });
    expect(ticketsOf(s, 'o')[0]?.status).toBe('Waiting on us');
    expect(ticketsOf(s, 'c')[0]?.status).toBe('Closed');
  });

  it('HIST-2c: the owner is kept when they have help desk access, else the ticket is unassigned', () => {
    const conversations = [
      conversation('a', { ownerId: 'agent' }),
      conversation('b', { ownerId: 'outsider' }),
    ];
    const s = system(world({ conversations }));
    play(s, startAll('email'), { type: 'run-until-idle' });
    expect(ticketsOf(s, 'a')[0]?.ownerId).toBe('agent');
    expect(ticketsOf(s, 'b')[0]?.ownerId).toBeNull();
    expect(eventsOf(s, 'ticket-assigned').map((e) => e.ownerId)).toEqual(['agent']);
  });

  it('HIST-3: a new reply to a moved conversation appears in help desk on its ticket', () => {
    const s = system(world({ conversations: [conversation('c1')] }));
    play(s, startAll('email'), { type: 'run-until-idle' });
    play(s, { type: 'reply-arrives', conversationId: 'c1', message: message('r1', 'email', T0 + 10) });
    const ticketId = ticketsOf(s, 'c1')[0]?.id;
    expect(eventsOf(s, 'reply-added')).toMatchObject([
      { conversationId: 'c1', location: 'help-desk', ticketId },
    ]);
    expect(conversationIn(s, 'c1').messages.at(-1)?.id).toBe('r1');
  });

  it('HIST-4: SLAs apply to moved and created tickets when the account has them', () => {
    const w = world({
      account: account({ sla: SLA }),
      conversations: [conversation('c1'), conversation('c2')],
      tickets: [ticket('t2', 'c2')],
    });
    const s = system(w);
    play(s, startAll('email'), { type: 'run-until-idle' });
    for (const t of s.world().tickets) {
      expect(t.sla).not.toBeNull();
      expect((t.sla?.closeDueAt ?? 0) - (t.sla?.firstReplyDueAt ?? 0)).toBe((1440 - 60) * MINUTE);
    }
  });

  it('HIST-4: without help desk SLAs tickets carry none', () => {
    const s = system(world({ conversations: [conversation('c1')] }));
    play(s, startAll('email'), { type: 'run-until-idle' });
    expect(ticketsOf(s, 'c1')[0]?.sla).toBeNull();
  });

  it('HIST-5: with "none", existing conversations stay in the inbox untouched', () => {
    const w = world({ conversations: [conversation('c1'), conversation('c2', { status: 'closed' })] });
    const s = system(w);
    play(s, startNone('email'), { type: 'run-until-idle' });
    expect(s.observe().channelLocations['email']).toBe('help-desk');
    expect(s.world().conversations).toEqual(w.conversations);
    expect(s.world().tickets).toEqual([]);
  });

  it('HIST-7: a conversation moved from channel A to B moves with B, not with A', () => {
    const conversations = [
      conversation('ab', { channels: ['form', 'email'] }),
      conversation('ba', { channels: ['email', 'form'] }),
    ];
    const s = system(world({ conversations }));
    play(s, startAll('email'), { type: 'run-until-idle' });
    expect(conversationIn(s, 'ab').location).toBe('help-desk');
    expect(conversationIn(s, 'ba').location).toBe('inbox');
  });

  it('HIST-8: a form thread continued over email stays when the form moves', () => {
    const thread = conversation('thread', { channels: ['form', 'email'] });
    const s = system(world({ conversations: [thread] }));
    play(s, startAll('form'), { type: 'run-until-idle' });
    expect(conversationIn(s, 'thread')).toBe(thread);
  });

  it('HIST-8: moving the email channel moves the thread with its whole history', () => {
    const base = conversation('thread', { channels: ['form', 'email'] });
    const thread = {
      ...base,
      messages: [message('sub', 'form', T0 - 1000, 'form-submission'), message('mail', 'email', T0 - 500)],
    };
    const s = system(world({ conversations: [thread] }));
    play(s, startAll('email'), { type: 'run-until-idle' });
    expect(conversationIn(s, 'thread')).toEqual({ ...thread, location: 'help-desk' });
  });
});

describe('reference system: new traffic after the move', () => {
  it('NEW-1: a new conversation in a moved channel arrives in help desk with a ticket', () => {
    const s = system(world());
    play(s, startAll('email'), { type: 'run-until-idle' });
    play(s, {
      type: 'conversation-arrives',
      conversation: conversation('new', { ownerId: 'agent', startedAt: T0 + 5 }),
    });
    expect(conversationIn(s, 'new').location).toBe('help-desk');
    expect(eventsOf(s, 'conversation-arrived')).toMatchObject([
      { conversationId: 'new', location: 'help-desk' },
    ]);
    // NEW-1: the channel's kept ticket-creation default status, else the pipeline's first.
    const kept =
      world().channels.find((c) => c.id === 'email')?.settings.ticketCreation.defaultStatus ?? null;
    expect(ticketsOf(s, 'new')).toMatchObject([
      { status: kept ?? 'New', ownerId: 'agent', location: 'help-desk' },
    ]);
  });

  it('NEW-2: help desk access and SLAs apply to every new ticket of a moved channel', () => {
    const s = system(world({ account: account({ sla: SLA }) }));
    play(s, startAll('email'), { type: 'run-until-idle' });
    play(s, { type: 'conversation-arrives', conversation: conversation('new', { ownerId: 'outsider' }) });
    const [created] = ticketsOf(s, 'new');
    expect(created?.ownerId).toBeNull();
    expect(created?.sla).not.toBeNull();
  });

  it('delivering the same conversation or message twice is idempotent', () => {
    const s = system(world());
    const arrival = { type: 'conversation-arrives' as const, conversation: conversation('c1') };
    const reply = {
      type: 'reply-arrives' as const,
      conversationId: 'c1',
      message: message('r', 'email', T0),
    };
    play(s, arrival, reply);
    const events = s.events().length;
    const w = s.world();
    expect(s.execute(arrival)).toEqual({ status: 'accepted' });
    expect(s.execute(reply)).toEqual({ status: 'accepted' });
    expect(s.events()).toHaveLength(events);
    expect(s.world()).toBe(w);
  });
});
