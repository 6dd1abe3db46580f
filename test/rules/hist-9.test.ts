import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../domain/index.ts';
import { check } from './support/check.ts';
import { conversation, ticket, world } from '../support/fixtures.ts';
import { MiniSystem } from './support/mini-system.ts';
import { dropEvents, findingsOf, patchConversation, withAfter, withPolicies } from './support/mutate.ts';

const inbox = world({
  conversations: [
    conversation('open-owned', 'email-1'),
    conversation('closed', 'email-1', { status: 'closed', ownerId: null }),
    conversation('multi', ['chat-1', 'email-1'], { ownerId: 'temp' }),
    conversation('several', 'email-1', { status: 'closed' }),
    conversation('one', 'email-1'),
    conversation('chat-only', 'chat-1'),
    conversation('mover', 'email-1'),
  ],
  tickets: [ticket('s1', 'several'), ticket('s2', 'several', { status: 'Closed' }), ticket('o1', 'one')],
});
const moved = () => new MiniSystem(inbox).start('email-1').runUntilIdle().trace();
const copy = (id: string) => (w: typeof inbox) => {
  const original = w.conversations.find((c) => c.id === id) as Conversation;
  return { ...w, conversations: [...w.conversations, { ...original, location: 'inbox' as const }] };
};

describe('HIST-9 all means all', () => {
  it('passes when every conversation of the channel ends in help desk, once', () => {
    const verdict = check('HIST-9', moved());
    expect(verdict).toMatchObject({ status: 'pass' });
    expect(verdict.status === 'pass' ? verdict.evidence : '').toContain('6 conversations');
  });

  it('names the closed conversation left in the inbox, with its status before', () => {
    const trace = withAfter(moved(), (w) => patchConversation(w, 'closed', { location: 'inbox' }));
    const findings = findingsOf(check('HIST-9', trace));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.subjects.conversations).toEqual(['closed']);
    expect(findings[0]?.expected).toContain('closed');
    expect(findings[0]?.actual).toBe('in the inbox');
  });

  it('names a conversation listed in help desk and as an inbox copy', () => {
    const [finding] = findingsOf(check('HIST-9', withAfter(moved(), copy('multi'))));
    expect(finding?.subjects).toMatchObject({ conversations: ['multi'], users: ['temp'] });
    expect(finding?.actual).toContain('listed 2 times');
  });

  it('names the tickets of a conversation with several tickets that stayed behind', () => {
    const trace = withAfter(moved(), (w) => patchConversation(w, 'several', { location: 'inbox' }));
    expect(findingsOf(check('HIST-9', trace))[0]?.subjects.tickets).toEqual(['s1', 's2']);
  });

  it('judges the world, not the log: a log without conversation-moved events changes nothing', () => {
    const quiet = dropEvents(moved(), (e) => e.type === 'conversation-moved');
    expect(check('HIST-9', quiet).status).toBe('pass');
    const lying = withAfter(moved(), (w) => patchConversation(w, 'one', { location: 'inbox' }));
    expect(findingsOf(check('HIST-9', lying))[0]?.subjects.conversations).toEqual(['one']);
  });

  it('follows change-channel commands before the move: changed out stays, changed in must move', () => {
    const trace = new MiniSystem(inbox)
      .changeChannel('mover', 'email-2')
      .changeChannel('chat-only', 'email-1')
      .start('email-1')
      .runUntilIdle()
      .trace();
    expect(check('HIST-9', trace).status).toBe('pass');
    const stayed = withAfter(trace, (w) => patchConversation(w, 'chat-only', { location: 'inbox' }));
    expect(findingsOf(check('HIST-9', stayed))[0]?.subjects.conversations).toEqual(['chat-only']);
  });

  it('reads the channel at processing or at move start (OPEN-3)', () => {
    // `mover` is changed out of the channel while the move runs, before its turn: it stays.
    const trace = new MiniSystem(inbox)
      .start('email-1')
      .changeChannel('mover', 'email-2')
      .runUntilIdle()
      .trace();
    expect(trace.after.conversations.find((c) => c.id === 'mover')?.location).toBe('inbox');
    expect(check('HIST-9', trace).status).toBe('pass');
    const atStart = withPolicies(trace, { 'OPEN-3': 'at-move-start' });
    expect(findingsOf(check('HIST-9', atStart))[0]?.subjects.conversations).toEqual(['mover']);
  });

  it('is not exercised without a completed move with history "all"', () => {
    const none = new MiniSystem(inbox).start('email-1', { kind: 'none' }).runUntilIdle().trace();
    expect(check('HIST-9', none)).toMatchObject({ status: 'not-exercised' });
    const running = new MiniSystem(inbox).start('email-1').advance(1).trace();
    expect(check('HIST-9', running)).toMatchObject({ status: 'not-exercised' });
  });
});
