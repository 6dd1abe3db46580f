import { describe, expect, it } from 'vitest';
import { check } from './support/check.ts';
import type { Trace } from '../../domain/index.ts';
import { account, conversation, message, SLA, T0, ticket, world } from '../support/fixtures.ts';
import { MiniSystem } from './support/mini-system.ts';
import {
  dropEvents,
  findingsOf,
  insertEvent,
  mapEvents,
  patchConversation,
  patchTicket,
  withAfter,
} from './support/mutate.ts';

const inbox = world({
  account: account({ sla: SLA }),
  conversations: [
    conversation('c1', 'email-1'),
    conversation('c2', 'email-1', { status: 'closed', ownerId: 'temp', daysAgo: 10 }),
    conversation('c3', ['chat-1', 'email-1']),
    conversation('c4', ['email-1', 'email-2']),
  ],
  tickets: [ticket('t1', 'c1')],
});
const moved = () => new MiniSystem(inbox).start('email-1').runUntilIdle().trace();
const none = () => new MiniSystem(inbox).start('email-1', { kind: 'none' }).runUntilIdle().trace();
const idle = () => new MiniSystem(inbox).leave().trace();
const reply = message('r1', 'email-1', T0, { body: 'hi' });
const retouch = (trace: Trace, ticketId: string, patch: Parameters<typeof patchTicket>[2]) =>
  withAfter(
    mapEvents(trace, (e) =>
      e.type === 'ticket-created' && e.ticketId === ticketId ? { ...e, ...patch } : e,
    ),
    (w) => patchTicket(w, ticketId, patch),
  );

describe('HIST-1 existing tickets move as they are', () => {
  it('passes', () => expect(check('HIST-1', moved()).status).toBe('pass'));
  it('names the ticket whose status was rewritten', () => {
    const trace = withAfter(moved(), (w) => patchTicket(w, 't1', { status: 'New' }));
    expect(findingsOf(check('HIST-1', trace))[0]?.subjects.tickets).toEqual(['t1']);
  });
  it('is not exercised when no conversation with a ticket moves', () =>
    expect(check('HIST-1', none()).status).toBe('not-exercised'));
});

describe('HIST-2 a ticket for conversations without one', () => {
  it('passes', () => expect(check('HIST-2', moved()).status).toBe('pass'));
  it('names the conversation that got none', () => {
    const trace = dropEvents(moved(), (e) => e.type === 'ticket-created' && e.conversationId === 'c2');
    expect(findingsOf(check('HIST-2', trace))[0]?.subjects.conversations).toEqual(['c2']);
  });
  it('is not exercised without moved conversations', () =>
    expect(check('HIST-2', none()).status).toBe('not-exercised'));
});

describe('HIST-2a create date', () => {
  it('passes', () => expect(check('HIST-2a', moved()).status).toBe('pass'));
  it('names the ticket dated at processing time', () => {
    const [finding] = findingsOf(check('HIST-2a', retouch(moved(), 't-c2', { createdAt: T0 })));
    expect(finding?.subjects).toMatchObject({ conversations: ['c2'], tickets: ['t-c2'] });
  });
  it('is not exercised when only arrivals get tickets', () => {
    const trace = new MiniSystem(inbox)
      .start('email-1', { kind: 'none' })
      .arrive(conversation('n1', 'email-1'))
      .runUntilIdle()
      .trace();
    expect(check('HIST-2a', trace).status).toBe('not-exercised');
  });
});

describe('HIST-2b status after open/closed', () => {
  it('passes', () => expect(check('HIST-2b', moved()).status).toBe('pass'));
  it('names the closed conversation given the open status', () => {
    const [finding] = findingsOf(check('HIST-2b', retouch(moved(), 't-c2', { status: 'New' })));
    expect(finding?.subjects.tickets).toEqual(['t-c2']);
    expect(finding?.expected).toContain('Closed');
  });
  it('is not exercised when no ticket is created', () =>
    expect(check('HIST-2b', none()).status).toBe('not-exercised'));
});

describe('HIST-2c owner with help desk access', () => {
  it('passes (temp has no access: unassigned)', () => expect(check('HIST-2c', moved()).status).toBe('pass'));
  it('names the owner without access', () => {
    const [finding] = findingsOf(check('HIST-2c', retouch(moved(), 't-c2', { ownerId: 'temp' })));
    expect(finding?.subjects).toMatchObject({ users: ['temp'], tickets: ['t-c2'] });
  });
  it('is not exercised when no ticket is created', () =>
    expect(check('HIST-2c', none()).status).toBe('not-exercised'));
});

describe('HIST-3 replies after the move', () => {
  const replied = () => new MiniSystem(inbox).start('email-1').runUntilIdle().reply('c1', reply).trace();
  it('passes', () => expect(check('HIST-3', replied()).status).toBe('pass'));
  it('names the conversation whose reply stayed in the inbox', () => {
    const trace = mapEvents(replied(), (e) =>
      e.type === 'reply-added' ? { ...e, location: 'inbox', ticketId: null } : e,
    );
    expect(findingsOf(check('HIST-3', trace))[0]?.subjects.conversations).toEqual(['c1']);
  });
  it('is not exercised without replies', () => expect(check('HIST-3', moved()).status).toBe('not-exercised'));
});

describe('HIST-4 SLAs on moved tickets', () => {
  it('passes', () => expect(check('HIST-4', moved()).status).toBe('pass'));
  it('names the moved ticket without SLA', () => {
    const trace = withAfter(moved(), (w) => patchTicket(w, 't1', { sla: null }));
    expect(findingsOf(check('HIST-4', trace))[0]?.subjects.tickets).toEqual(['t1']);
  });
  it('is not exercised without moved conversations', () =>
    expect(check('HIST-4', none()).status).toBe('not-exercised'));
});

describe('HIST-5 "none" leaves history alone', () => {
  it('passes', () => expect(check('HIST-5', none()).status).toBe('pass'));
  it('names the old conversation that was moved anyway', () => {
    const trace = withAfter(none(), (w) => patchConversation(w, 'c1', { location: 'help-desk' }));
    expect(findingsOf(check('HIST-5', trace))[0]?.subjects.conversations).toEqual(['c1']);
  });
  it('is not exercised with history "all"', () =>
    expect(check('HIST-5', moved()).status).toBe('not-exercised'));
  it('names an existing conversation changed in while the channel moves and moved by it', () => {
    const system = new MiniSystem(inbox).start('email-1', { kind: 'none' }).changeChannel('c4', 'email-1');
    const trace = system.runUntilIdle().trace();
    expect(check('HIST-5', trace).status).toBe('pass');
    const idleStep = trace.steps.length - 1;
    const taken = insertEvent(
      withAfter(trace, (w) => patchConversation(w, 'c4', { location: 'help-desk' })),
      idleStep,
      { type: 'conversation-moved', conversationId: 'c4', channelId: 'email-1' },
      trace.steps[idleStep]?.eventsFrom,
    );
    const [finding] = findingsOf(check('HIST-5', taken));
    expect(finding?.subjects.conversations).toEqual(['c4']);
    expect(finding?.expected).toContain('changed in, it existed before the move');
  });
});

describe('HIST-7 most recent channel', () => {
  it('passes (c3 moves with email-1, c4 does not)', () =>
    expect(check('HIST-7', moved()).status).toBe('pass'));
  it('names the conversation left behind by its current channel', () => {
    const trace = dropEvents(moved(), (e) => e.type === 'conversation-moved' && e.conversationId === 'c3');
    expect(findingsOf(check('HIST-7', trace))[0]?.subjects.conversations).toEqual(['c3']);
  });
  it('is not exercised with single-channel conversations', () => {
    const plain = world({ conversations: [conversation('c1', 'email-1')] });
    expect(check('HIST-7', new MiniSystem(plain).start('email-1').runUntilIdle().trace()).status).toBe(
      'not-exercised',
    );
  });
});

describe('HIST-8 form threads continued over email', () => {
  const thread = conversation('f1', ['form-1', 'email-1']);
  const formWorld = world({
    conversations: [
      {
        ...thread,
        messages: [
          { ...thread.messages[0], kind: 'form-submission' } as (typeof thread.messages)[0],
          ...thread.messages.slice(1),
        ],
      },
    ],
  });
  const both = () =>
    new MiniSystem(formWorld).start('form-1').runUntilIdle().start('email-1').runUntilIdle().trace();
  it('passes when the form move leaves it and the email move takes it', () =>
    expect(check('HIST-8', both()).status).toBe('pass'));
  it('names the thread that lost its form submission', () => {
    const trace = withAfter(both(), (w) =>
      patchConversation(w, 'f1', { messages: thread.messages.slice(1) }),
    );
    const [finding] = findingsOf(check('HIST-8', trace));
    expect(finding?.subjects.conversations).toEqual(['f1']);
    expect(finding?.actual).toContain('f1-m0');
  });
  it('is not exercised without form threads', () =>
    expect(check('HIST-8', idle()).status).toBe('not-exercised'));
});
