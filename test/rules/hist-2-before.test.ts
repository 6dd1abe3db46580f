import { describe, expect, it } from 'vitest';
import type { Command, Conversation, Trace } from '../../domain/index.ts';
import { scriptHistory, processingStep } from '../../rules/conversation-at.ts';
import { traceIndex } from '../../rules/trace-index.ts';
import { check } from './support/check.ts';
import { conversation, T0, ticket, world } from '../support/fixtures.ts';
import { MiniSystem } from './support/mini-system.ts';
import { options } from './support/trace-builder.ts';
import {
  dropEvents,
  insertEvent,
  findingsOf,
  mapEvents,
  patchConversation,
  patchTicket,
  withAfter,
  withPolicies,
} from './support/mutate.ts';

/*
 * The HIST-1/2/2a/2b/2c checkers judge a ticket against the conversation as it was before the
 * move, advanced by the script's own commands — so a system that rewrites the conversation and
 * then derives the ticket from the rewritten one (which agreed with the world after, and passed
 * before) is caught.
 */
const inbox = world({
  conversations: [
    conversation('a', 'email-1'),
    conversation('b', 'email-1', { status: 'closed', daysAgo: 9 }),
    conversation('t', 'email-1', { ownerId: 'temp' }),
  ],
  tickets: [ticket('tt', 't', { ownerId: 'temp' })],
});
const moved = (opts = options()) => new MiniSystem(inbox, opts).start('email-1').runUntilIdle().trace();

/** The system rewrote conversation `id` and made its ticket from the rewritten one: consistent after. */
function rewritten(trace: Trace, id: string, patch: Partial<Conversation>, ticketPatch: object): Trace {
  const ticketId = `t-${id}`;
  const events = mapEvents(trace, (e) =>
    e.type === 'ticket-created' && e.ticketId === ticketId ? { ...e, ...ticketPatch } : e,
  );
  return withAfter(events, (w) => patchTicket(patchConversation(w, id, patch), ticketId, ticketPatch));
}

/** Plays a lifecycle command on a MiniSystem (which has none): the world changes, the step is recorded. */
function lifecycle(system: MiniSystem, command: Command, patch: Partial<Conversation>): MiniSystem {
  if (!('conversationId' in command)) throw new Error('not a conversation command');
  system.world = patchConversation(system.world, command.conversationId, patch);
  system.builder.step(command, { status: 'accepted' }, {}, system.recordWorlds ? system.world : undefined);
  return system;
}

/** A move of email-1 during which `a` is closed before its turn, the world recorded at every step. */
function closedBeforeItsTurn(): Trace {
  const system = new MiniSystem(inbox);
  system.recordWorlds = true;
  system.start('email-1');
  lifecycle(system, { type: 'close-conversation', conversationId: 'a' }, { status: 'closed' });
  return system.runUntilIdle().trace();
}

describe('HIST-2b judged against the conversation before the move', () => {
  it('catches a ticket made from a conversation the system closed on move', () => {
    const trace = rewritten(moved(), 'a', { status: 'closed' }, { status: 'Closed' });
    // The world after agrees with itself: a closed conversation with the closed status.
    expect(trace.after.conversations.find((c) => c.id === 'a')?.status).toBe('closed');
    const [finding] = findingsOf(check('HIST-2b', trace));
    expect(finding?.subjects.conversations).toEqual(['a']);
    expect(finding?.expected).toContain('status New (open conversation');
  });

  it('does not judge arrivals of a move with history "none" (no status was chosen)', () => {
    const trace = new MiniSystem(inbox)
      .start('email-1', { kind: 'none' })
      .arrive(conversation('n', 'email-1', { status: 'closed' }))
      .runUntilIdle()
      .trace();
    expect(trace.events.some((e) => e.type === 'ticket-created' && e.conversationId === 'n')).toBe(true);
    expect(check('HIST-2b', trace)).toMatchObject({ status: 'not-exercised' });
  });

  it('judges arrivals of a move with history "all" on the chosen statuses', () => {
    const trace = new MiniSystem(world())
      .start('email-1')
      .arrive(conversation('n', 'email-1', { status: 'closed' }))
      .runUntilIdle()
      .trace();
    expect(check('HIST-2b', trace)).toMatchObject({ status: 'pass' });
    const [finding] = findingsOf(check('HIST-2b', rewritten(trace, 'n', {}, { status: 'New' })));
    expect(finding?.expected).toContain('Closed');
  });

  it('follows a close during the move before its turn (OPEN-9), whichever step the log names', () => {
    const trace = closedBeforeItsTurn();
    expect(trace.after.tickets.find((t) => t.conversationId === 'a')?.status).toBe('Closed');
    expect(check('HIST-2b', trace)).toMatchObject({ status: 'pass' });
    const atStart = withPolicies(trace, { 'OPEN-9': 'at-move-start' });
    expect(findingsOf(check('HIST-2b', atStart))[0]?.subjects.conversations).toEqual(['a']);
  });

  it('passes the cross-check only when the ticket-created event agrees with the ticket', () => {
    const trace = mapEvents(moved(), (e) =>
      e.type === 'ticket-created' && e.conversationId === 'b' ? { ...e, status: 'New' } : e,
    );
    const [finding] = findingsOf(check('HIST-2b', trace));
    expect(finding?.expected).toContain('ticket-created says status Closed');
  });
});

describe('HIST-2c judged against the owner and access before the move', () => {
  it('catches a ticket made from a conversation whose owner the system cleared on move', () => {
    const cleared = dropEvents(moved(), (e) => e.type === 'ticket-assigned' && e.ticketId === 't-a');
    const trace = rewritten(cleared, 'a', { ownerId: null }, { ownerId: null });
    const [finding] = findingsOf(check('HIST-2c', trace));
    expect(finding?.subjects.conversations).toEqual(['a']);
    expect(finding?.expected).toContain('owner agent');
    expect(finding?.actual).toBe('owner none');
  });

  it('reads access from the commands, not from access-changed events', () => {
    const system = new MiniSystem(inbox).setAccess('agent', false).start('email-1').runUntilIdle();
    const trace = system.trace();
    expect(check('HIST-2c', trace)).toMatchObject({ status: 'pass' });
    const forged = dropEvents(trace, (e) => e.type === 'access-changed');
    expect(check('HIST-2c', forged)).toMatchObject({ status: 'pass' });
    const kept = rewritten(trace, 'a', {}, { ownerId: 'agent' });
    expect(findingsOf(check('HIST-2c', kept))[0]?.expected).toContain('lacks access');
  });

  it('follows a reassignment during the move before its turn (OPEN-9)', () => {
    const system = new MiniSystem(inbox).start('email-1');
    lifecycle(
      system,
      { type: 'reassign-conversation', conversationId: 'a', ownerId: 'temp' },
      { ownerId: 'temp' },
    );
    const trace = system.runUntilIdle().trace();
    expect(trace.after.tickets.find((t) => t.id === 't-a')?.ownerId).toBeNull();
    expect(check('HIST-2c', trace)).toMatchObject({ status: 'pass' });
    const atStart = withPolicies(trace, { 'OPEN-9': 'at-move-start' });
    expect(findingsOf(check('HIST-2c', atStart))[0]?.expected).toContain('owner agent');
  });
});

describe('HIST-2a judged against the start date before the move', () => {
  it('catches a ticket dated from a start date the system reset on move', () => {
    const later = T0 + 3_600_000;
    const trace = rewritten(moved(), 'b', { startedAt: later }, { createdAt: later });
    const [finding] = findingsOf(check('HIST-2a', trace));
    expect(finding?.subjects.conversations).toEqual(['b']);
    expect(finding?.expected).toContain('before the move');
  });

  it('reports a ticket-created event that disagrees with its ticket', () => {
    const trace = mapEvents(moved(), (e) =>
      e.type === 'ticket-created' && e.conversationId === 'a' ? { ...e, createdAt: T0 } : e,
    );
    expect(findingsOf(check('HIST-2a', trace))[0]?.expected).toContain('ticket-created says');
  });
});

describe('HIST-1 judged against the ticket before the move, owner included', () => {
  it('passes the reference reading of OPEN-1 keep-owner and unassign', () => {
    expect(check('HIST-1', moved())).toMatchObject({ status: 'pass' });
    expect(check('HIST-1', moved(options({ 'OPEN-1': 'unassign' })))).toMatchObject({ status: 'pass' });
  });

  it('catches an existing ticket whose owner was rewritten', () => {
    const trace = withAfter(moved(), (w) => patchTicket(w, 'tt', { ownerId: 'agent' }));
    const [finding] = findingsOf(check('HIST-1', trace));
    expect(finding).toMatchObject({ subjects: { tickets: ['tt'] }, expected: 'as is: ownerId=temp' });
  });

  it('expects an owner without access removed under OPEN-1 unassign', () => {
    const trace = withPolicies(moved(), { 'OPEN-1': 'unassign' });
    expect(findingsOf(check('HIST-1', trace))[0]?.expected).toBe('as is: ownerId=null');
  });
});

describe('the conversation when processed (rules/conversation-at.ts)', () => {
  it('needs no timing when no command changed the conversation during the move', () => {
    const trace = new MiniSystem(inbox).start('email-1').runUntilIdle().trace();
    const ix = traceIndex(trace);
    const history = scriptHistory(ix);
    const [move] = ix.moves;
    expect(move).toBeDefined();
    const steps = [0, 1, 5, 99].map((logged) => processingStep(history, move, 'a', logged, 'at-processing'));
    expect(steps.every((s) => s.step === 0 && !s.timed)).toBe(true);
  });

  it('prefers the recorded worlds over the log when a command changed it during the move', () => {
    const trace = closedBeforeItsTurn();
    const ix = traceIndex(trace);
    const history = scriptHistory(ix);
    expect(history.at('a', 0)?.status).toBe('open');
    expect(history.at('a', 1)?.status).toBe('closed');
    // The log may claim the start step; the recorded worlds show it moved in step 2.
    expect(processingStep(history, ix.moves[0], 'a', 0, 'at-processing')).toEqual({ step: 2, timed: true });
  });
});

describe('HIST-2c: an unowned ticket logs no assignment', () => {
  it('names the ticket when ticket-assigned (none) follows its creation', () => {
    const unowned = world({ conversations: [conversation('u', 'email-1', { ownerId: null })] });
    const trace = new MiniSystem(unowned).start('email-1').runUntilIdle().trace();
    const created = trace.events.findIndex((e) => e.type === 'ticket-created' && e.ownerId === null);
    const event = trace.events[created];
    if (event?.type !== 'ticket-created') throw new Error('fixture creates no unowned ticket');
    const step = trace.steps.findIndex((s) => s.eventsFrom <= created && created < s.eventsTo);
    const assigned = insertEvent(
      trace,
      step,
      { type: 'ticket-assigned', ticketId: event.ticketId, ownerId: null },
      created + 1,
    );
    expect(check('HIST-2c', trace).status).toBe('pass');
    const [finding] = findingsOf(check('HIST-2c', assigned));
    expect(finding).toMatchObject({ expected: 'no ticket-assigned', actual: 'ticket-assigned (none)' });
    expect(finding?.subjects.tickets).toEqual([event.ticketId]);
  });
});

describe('HIST-2a outside a move: a ticket created later is dated at its conversation’s start', () => {
  const later = conversation('late', 'email-1', { daysAgo: 3 });
  const arrivedAfter = () => new MiniSystem(inbox).start('email-1').runUntilIdle().arrive(later).trace();

  it('judges the ticket of a conversation arriving in the channel once it is in help desk', () => {
    const trace = arrivedAfter();
    expect(trace.events.some((e) => e.type === 'ticket-created' && e.conversationId === 'late')).toBe(true);
    expect(check('HIST-2a', trace).status).toBe('pass');
    const stamped = T0 + 5_000;
    const redated = withAfter(
      mapEvents(trace, (e) =>
        e.type === 'ticket-created' && e.conversationId === 'late' ? { ...e, createdAt: stamped } : e,
      ),
      (w) => patchTicket(w, 't-late', { createdAt: stamped }),
    );
    const findings = findingsOf(check('HIST-2a', redated));
    expect(findings.map((f) => f.subjects.tickets)).toEqual([['t-late']]);
    expect(findings[0]?.expected).toContain('no move created this ticket');
  });
});
