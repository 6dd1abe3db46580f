import { describe, expect, it } from 'vitest';
import type { Command, SystemEvent, Trace, World } from '../../domain/index.ts';
import { DAY, DEFAULT_POLICIES, DEFAULT_PROFILE } from '../../domain/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { playScript } from '../../harness/index.ts';
import { check } from './support/check.ts';
import { conversation, T0, world } from '../support/fixtures.ts';
import { arrives, startMove } from '../support/commands.ts';
import { findingsOf, mapEvents, patchConversation, patchTicket } from './support/mutate.ts';

/*
 * NEW-2 and OPEN-7 judge from the world before and the script, not the world after: a system that
 * rewrites a conversation (its owner, its start date) and then follows its own rewrite is caught.
 */

const before: World = world({ conversations: [conversation('c1', 'email-1')] });
const start = startMove('email-1');
const play = (script: readonly Command[]): Trace =>
  playScript(createReferenceSystem, before, script, {
    policies: DEFAULT_POLICIES,
    profile: DEFAULT_PROFILE,
  });

/** The ticket the reference created for `conversationId`, by its ticket-created event. */
function createdFor(trace: Trace, conversationId: string): Extract<SystemEvent, { type: 'ticket-created' }> {
  const event = trace.events.find((e) => e.type === 'ticket-created' && e.conversationId === conversationId);
  if (event?.type !== 'ticket-created') throw new Error(`no ticket created for ${conversationId}`);
  return event;
}

describe('NEW-2 reads the owner from the script, not the world after', () => {
  const trace = play([
    start,
    { type: 'run-until-idle' },
    arrives(conversation('n1', 'email-1', { daysAgo: 0 })),
  ]);

  it('passes the reference', () => {
    expect(createdFor(trace, 'n1').ownerId).toBe('agent');
    expect(check('NEW-2', trace).status).toBe('pass');
  });

  it('catches an owner rewritten in the world and on the new ticket alike', () => {
    const { ticketId } = createdFor(trace, 'n1');
    const rewritten = mapEvents(
      {
        ...trace,
        after: patchTicket(patchConversation(trace.after, 'n1', { ownerId: 'admin' }), ticketId, {
          ownerId: 'admin',
        }),
      },
      (e) => (e.type === 'ticket-created' && e.ticketId === ticketId ? { ...e, ownerId: 'admin' } : e),
    );
    expect(findingsOf(check('NEW-2', rewritten))[0]).toMatchObject({
      expected: 'owner agent',
      actual: 'owner admin',
    });
  });
});

describe('OPEN-7 reads the start date from the script, not the world after', () => {
  const arrival = conversation('n1', 'email-1', { daysAgo: 1 });
  const trace = play([start, arrives(arrival), { type: 'run-until-idle' }]);

  it('passes the reference', () => {
    expect(createdFor(trace, 'n1').createdAt).toBe(arrival.startedAt);
    expect(check('OPEN-7', trace).status).toBe('pass');
  });

  it('catches a start date rewritten in the world and on the new ticket alike', () => {
    const { ticketId } = createdFor(trace, 'n1');
    const moved = T0 - 5 * DAY;
    const rewritten = mapEvents(
      {
        ...trace,
        after: patchTicket(patchConversation(trace.after, 'n1', { startedAt: moved }), ticketId, {
          createdAt: moved,
        }),
      },
      (e) => (e.type === 'ticket-created' && e.ticketId === ticketId ? { ...e, createdAt: moved } : e),
    );
    expect(findingsOf(check('OPEN-7', rewritten))[0]?.subjects).toMatchObject({ conversations: ['n1'] });
  });
});
