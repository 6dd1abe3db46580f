import { describe, expect, it } from 'vitest';
import { MINUTE } from '../../domain/index.ts';
import {
  account,
  channel,
  CHANNELS,
  conversation,
  message,
  SLA,
  T0,
  ticket,
  world,
} from '../support/fixtures.ts';
import { arrives, replyArrives, startMove, startNone } from '../support/commands.ts';
import { conversationIn, eventsOf, play, system, ticketsOf } from './play-reference.ts';

describe('reference system: historical conversations', () => {
  it('HIST-1: a conversation with a ticket moves with that ticket, its fields as they were', () => {
    const existing = ticket('t1', 'c1', { ownerId: 'agent', status: 'Waiting on contact' });
    const s = system(world({ conversations: [conversation('c1', 'email-1')], tickets: [existing] }));
    play(s, startMove('email-1'), { type: 'run-until-idle' });
    expect(ticketsOf(s, 'c1')).toEqual([{ ...existing, location: 'help-desk' }]);
    expect(eventsOf(s, 'ticket-moved')).toMatchObject([{ ticketId: 't1', conversationId: 'c1' }]);
    expect(eventsOf(s, 'ticket-created')).toEqual([]);
  });

  it('HIST-2: a conversation without a ticket gets a new one, associated with it', () => {
    const c1 = conversation('c1', 'email-1', { subject: 'subject of c1' });
    const s = system(world({ conversations: [c1] }));
    play(s, startMove('email-1'), { type: 'run-until-idle' });
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
    const s = system(world({ conversations: [conversation('c1', 'email-1', { startedAt })] }));
    play(s, startMove('email-1'), { type: 'run-until-idle' });
    expect(ticketsOf(s, 'c1')[0]?.createdAt).toBe(startedAt);
  });

  it('HIST-2b: open conversations get the open status, closed ones the closed status', () => {
    const s = system(
      world({
        conversations: [
          conversation('o', 'email-1', { status: 'open' }),
          conversation('c', 'email-1', { status: 'closed' }),
        ],
      }),
    );
    const command = {
      ...startMove(),
      history: { kind: 'all' as const, openStatus: 'Waiting on us', closedStatus: 'Closed' },
    };
    play(s, command, { type: 'run-until-idle' });
    expect(ticketsOf(s, 'o')[0]?.status).toBe('Waiting on us');
    expect(ticketsOf(s, 'c')[0]?.status).toBe('Closed');
  });

  it('HIST-2c: the owner is kept when they have help desk access, else the ticket is unassigned', () => {
    const conversations = [
      conversation('a', 'email-1', { ownerId: 'agent' }),
      conversation('b', 'email-1', { ownerId: 'temp' }),
    ];
    const s = system(world({ conversations }));
    play(s, startMove('email-1'), { type: 'run-until-idle' });
    expect(ticketsOf(s, 'a')[0]?.ownerId).toBe('agent');
    expect(ticketsOf(s, 'b')[0]?.ownerId).toBeNull();
    expect(eventsOf(s, 'ticket-assigned').map((e) => e.ownerId)).toEqual(['agent']);
  });

  it('HIST-3: a new reply to a moved conversation appears in help desk on its ticket', () => {
    const s = system(world({ conversations: [conversation('c1', 'email-1')] }));
    play(s, startMove('email-1'), { type: 'run-until-idle' });
    play(s, replyArrives('c1', message('r1', 'email-1', T0 + 10)));
    const ticketId = ticketsOf(s, 'c1')[0]?.id;
    expect(eventsOf(s, 'reply-added')).toMatchObject([
      { conversationId: 'c1', location: 'help-desk', ticketId },
    ]);
    expect(conversationIn(s, 'c1').messages.at(-1)?.id).toBe('r1');
  });

  it('HIST-4: SLAs apply to moved and created tickets when the account has them', () => {
    const w = world({
      account: account({ sla: SLA }),
      conversations: [conversation('c1', 'email-1'), conversation('c2', 'email-1')],
      tickets: [ticket('t2', 'c2')],
    });
    const s = system(w);
    play(s, startMove('email-1'), { type: 'run-until-idle' });
    for (const t of s.world().tickets) {
      expect(t.sla).not.toBeNull();
      expect((t.sla?.closeDueAt ?? 0) - (t.sla?.firstReplyDueAt ?? 0)).toBe((1440 - 60) * MINUTE);
    }
  });

  it('HIST-4: without help desk SLAs tickets carry none', () => {
    const s = system(world({ conversations: [conversation('c1', 'email-1')] }));
    play(s, startMove('email-1'), { type: 'run-until-idle' });
    expect(ticketsOf(s, 'c1')[0]?.sla).toBeNull();
  });

  it('HIST-5: with "none", existing conversations stay in the inbox untouched', () => {
    const w = world({
      conversations: [conversation('c1', 'email-1'), conversation('c2', 'email-1', { status: 'closed' })],
    });
    const s = system(w);
    play(s, startNone('email-1'), { type: 'run-until-idle' });
    expect(s.observe().channelLocations['email-1']).toBe('help-desk');
    expect(s.world().conversations).toEqual(w.conversations);
    expect(s.world().tickets).toEqual([]);
  });

  it('HIST-7: a conversation moved from channel A to B moves with B, not with A', () => {
    const conversations = [
      conversation('ab', ['form-1', 'email-1']),
      conversation('ba', ['email-1', 'form-1']),
    ];
    const s = system(world({ conversations }));
    play(s, startMove('email-1'), { type: 'run-until-idle' });
    expect(conversationIn(s, 'ab').location).toBe('help-desk');
    expect(conversationIn(s, 'ba').location).toBe('inbox');
  });

  it('HIST-8: a form thread continued over email stays when the form moves', () => {
    const thread = conversation('thread', ['form-1', 'email-1']);
    const s = system(world({ conversations: [thread] }));
    play(s, startMove('form-1'), { type: 'run-until-idle' });
    expect(conversationIn(s, 'thread')).toBe(thread);
  });

  it('HIST-8: moving the email channel moves the thread with its whole history', () => {
    const base = conversation('thread', ['form-1', 'email-1']);
    const thread = {
      ...base,
      messages: [
        message('sub', 'form-1', T0 - 1000, { kind: 'form-submission' }),
        message('mail', 'email-1', T0 - 500),
      ],
    };
    const s = system(world({ conversations: [thread] }));
    play(s, startMove('email-1'), { type: 'run-until-idle' });
    expect(conversationIn(s, 'thread')).toEqual({ ...thread, location: 'help-desk' });
  });
});

describe('reference system: new traffic after the move', () => {
  it('NEW-1: a new conversation in a moved channel arrives in help desk with a ticket', () => {
    const kept = { ticketCreation: { autoCreate: false, defaultStatus: 'Waiting on us' } };
    const channels = CHANNELS.map((c) =>
      c.id === 'email-1' ? channel('email-1', 'email', { settings: kept }) : c,
    );
    const s = system(world({ channels }));
    play(s, startMove('email-1'), { type: 'run-until-idle' });
    play(s, arrives(conversation('new', 'email-1', { ownerId: 'agent', startedAt: T0 + 5 })));
    expect(conversationIn(s, 'new').location).toBe('help-desk');
    expect(eventsOf(s, 'conversation-arrived')).toMatchObject([
      { conversationId: 'new', location: 'help-desk' },
    ]);
    // NEW-1: the channel's kept ticket-creation default status (else the pipeline's first).
    expect(ticketsOf(s, 'new')).toMatchObject([
      { status: 'Waiting on us', ownerId: 'agent', location: 'help-desk' },
    ]);
  });

  it('NEW-2: help desk access and SLAs apply to every new ticket of a moved channel', () => {
    const s = system(world({ account: account({ sla: SLA }) }));
    play(s, startMove('email-1'), { type: 'run-until-idle' });
    play(s, arrives(conversation('new', 'email-1', { ownerId: 'temp' })));
    const [created] = ticketsOf(s, 'new');
    expect(created?.ownerId).toBeNull();
    expect(created?.sla).not.toBeNull();
  });

  it('delivering the same conversation or message twice is idempotent', () => {
    const s = system(world());
    const arrival = arrives(conversation('c1', 'email-1'));
    const reply = replyArrives('c1', message('r', 'email-1', T0));
    play(s, arrival, reply);
    const events = s.events().length;
    const w = s.world();
    expect(s.execute(arrival)).toEqual({ status: 'accepted' });
    expect(s.execute(reply)).toEqual({ status: 'accepted' });
    expect(s.events()).toHaveLength(events);
    expect(s.world()).toBe(w);
  });
});
