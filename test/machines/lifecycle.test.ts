import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICIES } from '../../domain/index.ts';
import type { Command, Policies, Trace } from '../../domain/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { parseScenario } from '../../scenarios/index.ts';
import { playScript } from '../../harness/index.ts';
import { startMove } from '../support/commands.ts';

const WORLD = `
id: lifecycle
title: lifecycle
targets: [OPEN-9]
users: [{ id: admin, superAdmin: true }, { id: bob }, { id: carol, helpDeskAccess: false }]
channels: [{ id: email-1, kind: email }]
conversations:
  - { id: c1, channel: email-1, owner: bob }
  - { id: c2, channel: email-1, status: closed }
script: []
`;

function play(script: Command[], policies: Partial<Policies> = {}): Trace {
  const { world } = parseScenario(WORLD, 'lifecycle.yaml');
  return playScript(createReferenceSystem, world, script, {
    policies: { ...DEFAULT_POLICIES, ...policies },
    profile: '2024-04-12',
  });
}

const START = startMove('email-1');

const ticketOf = (trace: Trace, id: string) => trace.after.tickets.find((t) => t.conversationId === id);

describe('reference: close, reopen and reassign a conversation', () => {
  it('changes status and owner, logs one event each, and answers invalid for unknown IDs', () => {
    const trace = play([
      { type: 'close-conversation', conversationId: 'c1' },
      { type: 'reopen-conversation', conversationId: 'c2' },
      { type: 'reassign-conversation', conversationId: 'c1', ownerId: null },
      { type: 'close-conversation', conversationId: 'nope' },
      { type: 'reassign-conversation', conversationId: 'c1', ownerId: 'ghost' },
    ]);
    expect(trace.steps.map((s) => s.result.status)).toEqual([
      'accepted',
      'accepted',
      'accepted',
      'invalid',
      'invalid',
    ]);
    expect(trace.events.map((e) => e.type)).toEqual([
      'conversation-closed',
      'conversation-reopened',
      'conversation-reassigned',
    ]);
    const c1 = trace.after.conversations.find((c) => c.id === 'c1');
    expect(c1).toMatchObject({ status: 'closed', ownerId: null, location: 'inbox' });
    expect(trace.after.conversations.find((c) => c.id === 'c2')?.status).toBe('open');
  });

  it('accepts a close of a closed conversation (or the same owner again) and changes nothing', () => {
    const trace = play([
      { type: 'close-conversation', conversationId: 'c2' },
      { type: 'reopen-conversation', conversationId: 'c1' },
      { type: 'reassign-conversation', conversationId: 'c1', ownerId: 'bob' },
    ]);
    expect(trace.steps.every((s) => s.result.status === 'accepted')).toBe(true);
    expect(trace.events).toEqual([]);
    expect(trace.after.conversations).toEqual(trace.before.conversations);
  });

  it('OPEN-9 at-processing: a ticket follows the state and owner when processed', () => {
    const trace = play([
      START,
      { type: 'close-conversation', conversationId: 'c1' },
      { type: 'reopen-conversation', conversationId: 'c2' },
      { type: 'reassign-conversation', conversationId: 'c2', ownerId: 'bob' },
      { type: 'run-until-idle' },
    ]);
    expect(ticketOf(trace, 'c1')).toMatchObject({ status: 'Closed', ownerId: 'bob' });
    expect(ticketOf(trace, 'c2')).toMatchObject({ status: 'New', ownerId: 'bob' });
  });

  it('OPEN-9 at-move-start: a ticket follows the state and owner as they were when the move started', () => {
    const trace = play(
      [
        START,
        { type: 'close-conversation', conversationId: 'c1' },
        { type: 'reassign-conversation', conversationId: 'c1', ownerId: null },
        { type: 'reopen-conversation', conversationId: 'c2' },
        { type: 'run-until-idle' },
      ],
      { 'OPEN-9': 'at-move-start' },
    );
    expect(ticketOf(trace, 'c1')).toMatchObject({ status: 'New', ownerId: 'bob' });
    expect(ticketOf(trace, 'c2')).toMatchObject({ status: 'Closed', ownerId: null });
    // The conversations themselves did change.
    expect(trace.after.conversations.find((c) => c.id === 'c1')).toMatchObject({
      status: 'closed',
      ownerId: null,
    });
  });

  it('does not rewrite a help desk ticket after the move', () => {
    const trace = play([
      START,
      { type: 'run-until-idle' },
      { type: 'close-conversation', conversationId: 'c1' },
      { type: 'reassign-conversation', conversationId: 'c1', ownerId: 'carol' },
    ]);
    expect(ticketOf(trace, 'c1')).toMatchObject({ status: 'New', ownerId: 'bob', location: 'help-desk' });
    expect(trace.after.conversations.find((c) => c.id === 'c1')).toMatchObject({
      status: 'closed',
      ownerId: 'carol',
    });
    expect(trace.after.tickets.filter((t) => t.conversationId === 'c1')).toHaveLength(1);
  });
});
