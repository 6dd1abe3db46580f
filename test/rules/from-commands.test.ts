import { describe, expect, it } from 'vitest';
import type { Channel, Message, World } from '../../domain/index.ts';
import { check } from './support/check.ts';
import { conversation, message, T0, world } from '../support/fixtures.ts';
import { MiniSystem } from './support/mini-system.ts';
import { dropEvents, findingsOf, mapEvents, patchConversation, withAfter } from './support/mutate.ts';

/*
 * MOVE-2, HIST-3 and NEW-1 start from the commands the harness sent (deliveries, replies, channel
 * changes) and the world after; the event log only cross-checks. Each "unlogged" case below is one
 * the event-driven checkers used to miss.
 */
const inbox = world({ conversations: [conversation('c1', 'email-1'), conversation('c2', 'email-2')] });
const reply = (id: string): Message => message(id, 'email-1', T0, { body: 'any news?' });
const arrivingDuringMove = () =>
  new MiniSystem(inbox)
    .start('email-1')
    .arrive(conversation('n1', 'email-1', { daysAgo: 0 }))
    .runUntilIdle();
const moved = (before: World = inbox) => new MiniSystem(before).start('email-1').runUntilIdle();
/** After the move of email-1 from `before`, a new conversation n1 arrives in it. */
const arrivalAfterMove = (before: World = inbox) =>
  moved(before).arrive(conversation('n1', 'email-1', { daysAgo: 0 }));

describe('MOVE-2 from the conversation-arrives commands', () => {
  it('passes when the arrival is moved', () =>
    expect(check('MOVE-2', arrivingDuringMove().trace()).status).toBe('pass'));

  it('names an arrival left in the inbox that the system never logged', () => {
    const trace = withAfter(
      dropEvents(arrivingDuringMove().trace(), (e) => 'conversationId' in e && e.conversationId === 'n1'),
      (w) => patchConversation(w, 'n1', { location: 'inbox' }),
    );
    const [finding] = findingsOf(check('MOVE-2', trace));
    expect(finding?.subjects).toMatchObject({ conversations: ['n1'], channels: ['email-1'], step: 1 });
    expect(finding?.actual).toBe('left in the inbox');
  });

  it('names an arrival that reached help desk but was never logged', () => {
    const trace = dropEvents(
      arrivingDuringMove().trace(),
      (e) => e.type === 'conversation-arrived' && e.conversationId === 'n1',
    );
    expect(findingsOf(check('MOVE-2', trace))[0]?.actual).toBe('not logged');
  });

  it('names an arrival logged in the inbox and never logged as moved', () => {
    const trace = dropEvents(
      arrivingDuringMove().trace(),
      (e) => e.type === 'conversation-moved' && e.conversationId === 'n1',
    );
    expect(findingsOf(check('MOVE-2', trace))[0]?.expected).toMatch(/conversation-moved/);
  });

  it('leaves an arrival changed out of the channel before completion to OPEN-3', () => {
    const system = new MiniSystem(inbox)
      .start('email-1')
      .arrive(conversation('n1', 'email-1', { daysAgo: 0 }))
      .changeChannel('n1', 'email-2');
    const trace = withAfter(system.runUntilIdle().trace(), (w) =>
      patchConversation(w, 'n1', { location: 'inbox' }),
    );
    expect(check('MOVE-2', trace).status).toBe('not-exercised');
  });
});

describe('HIST-3 from the reply-arrives commands', () => {
  const newThenReply = () => arrivalAfterMove().reply('n1', reply('n1-r'));

  it('passes for a reply to a new help desk conversation', () =>
    expect(check('HIST-3', newThenReply().trace()).status).toBe('pass'));

  it('judges a reply to a new conversation the system left in the inbox (it must be in help desk)', () => {
    const trace = withAfter(
      mapEvents(newThenReply().trace(), (e) =>
        (e.type === 'conversation-arrived' || e.type === 'reply-added') && e.conversationId === 'n1'
          ? e.type === 'reply-added'
            ? { ...e, location: 'inbox', ticketId: null }
            : { ...e, location: 'inbox' }
          : e,
      ),
      (w) => patchConversation(w, 'n1', { location: 'inbox' }),
    );
    const [finding] = findingsOf(check('HIST-3', trace));
    expect(finding?.subjects).toMatchObject({ conversations: ['n1'], step: 3 });
    expect(finding?.actual).toMatch(/^inbox/);
  });

  it('names the reply missing from the conversation in the world after', () => {
    const trace = withAfter(newThenReply().trace(), (w) =>
      patchConversation(w, 'n1', {
        messages: w.conversations.find((c) => c.id === 'n1')?.messages.slice(0, 1),
      }),
    );
    expect(findingsOf(check('HIST-3', trace))[0]?.expected).toMatch(/message n1-r/);
  });

  it('names a reply logged on no ticket', () => {
    const trace = mapEvents(newThenReply().trace(), (e) =>
      e.type === 'reply-added' ? { ...e, ticketId: null } : e,
    );
    expect(findingsOf(check('HIST-3', trace))[0]?.actual).toBe('help-desk, ticket none');
  });

  it('is not exercised by a reply to a new conversation of a channel still in the inbox', () => {
    const trace = moved()
      .arrive(conversation('n2', 'email-2', { daysAgo: 0 }))
      .reply('n2', reply('n2-r'))
      .trace();
    expect(check('HIST-3', trace).status).toBe('not-exercised');
  });

  it('judges a reply to a moved conversation even when the system logged nothing for the move', () => {
    const base = moved().reply('c1', reply('c1-r')).trace();
    const trace = withAfter(
      mapEvents(
        dropEvents(base, (e) => e.type === 'conversation-moved'),
        (e) => (e.type === 'reply-added' ? { ...e, location: 'inbox', ticketId: null } : e),
      ),
      (w) => patchConversation(w, 'c1', { location: 'inbox' }),
    );
    expect(findingsOf(check('HIST-3', trace))[0]?.subjects.conversations).toEqual(['c1']);
  });
});

describe('NEW-1 from the commands, with the channel kept settings', () => {
  const keeping = (status: string | null): World => ({
    ...inbox,
    channels: inbox.channels.map((c): Channel =>
      c.id === 'email-1'
        ? { ...c, settings: { ...c.settings, ticketCreation: { autoCreate: true, defaultStatus: status } } }
        : c,
    ),
  });

  it("passes when a new ticket gets the channel's kept default status", () => {
    const trace = arrivalAfterMove(keeping('Waiting on us')).trace();
    expect(check('NEW-1', trace).status).toBe('pass');
  });

  it("names the ticket given the pipeline's first status instead of the channel's kept one", () => {
    const trace = withAfter(
      mapEvents(arrivalAfterMove(keeping('Waiting on us')).trace(), (e) =>
        e.type === 'ticket-created' && e.conversationId === 'n1' ? { ...e, status: 'New' } : e,
      ),
      (w) => ({ ...w, tickets: w.tickets.map((t) => (t.id === 't-n1' ? { ...t, status: 'New' } : t)) }),
    );
    const [finding] = findingsOf(check('NEW-1', trace));
    expect(finding?.expected).toMatch(/Waiting on us/);
    expect(finding?.actual).toBe('status New');
    expect(finding?.subjects.tickets).toEqual(['t-n1']);
  });

  it("falls back to the pipeline's first status when the kept one is not in the pipeline", () => {
    const trace = arrivalAfterMove(keeping('Bogus')).trace();
    expect(check('NEW-1', trace).status).toBe('pass');
  });

  it('passes when a conversation changed into the moved channel lands in help desk with a ticket', () => {
    const trace = moved(keeping('Waiting on us')).changeChannel('c2', 'email-1').trace();
    expect(check('NEW-1', trace)).toMatchObject({ status: 'pass' });
  });

  it('names a conversation changed into the moved channel and left in the inbox', () => {
    const base = moved().changeChannel('c2', 'email-1').trace();
    const trace = withAfter(
      dropEvents(
        base,
        (e) => e.type !== 'channel-changed' && 'conversationId' in e && e.conversationId === 'c2',
      ),
      (w) => ({
        ...patchConversation(w, 'c2', { location: 'inbox' }),
        tickets: w.tickets.filter((t) => t.conversationId !== 'c2'),
      }),
    );
    const [finding] = findingsOf(check('NEW-1', trace));
    expect(finding?.subjects).toMatchObject({ conversations: ['c2'], channels: ['email-1'], step: 2 });
    expect(finding?.expected).toMatch(/changed into the channel/);
  });

  it('names a new conversation in help desk whose arrival was logged in the inbox', () => {
    const trace = mapEvents(arrivalAfterMove().trace(), (e) =>
      e.type === 'conversation-arrived' ? { ...e, location: 'inbox' } : e,
    );
    expect(findingsOf(check('NEW-1', trace))[0]?.actual).toBe('logged in the inbox');
  });
});
