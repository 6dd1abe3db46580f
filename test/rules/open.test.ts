import { describe, expect, it } from 'vitest';
import { check } from './support/check.ts';
import { conversation, message, T0, ticket, world } from '../support/fixtures.ts';
import { MiniSystem } from './support/mini-system.ts';
import { dropEvents, findingsOf, insertEvent, withPolicies } from './support/mutate.ts';
import { options } from './support/trace-builder.ts';

const inbox = world({
  conversations: [conversation('c1', 'email-1'), conversation('c2', 'email-1', { ownerId: 'temp' })],
  tickets: [ticket('t1', 'c1', { ownerId: 'temp' })],
});
const plain = () => new MiniSystem(inbox).start('email-1').runUntilIdle().trace();
const reply = message('r1', 'email-1', T0, { body: 'hi' });

describe('OPEN-1 moved ticket whose owner lacks access', () => {
  it('passes under keep-owner and under unassign', () => {
    expect(check('OPEN-1', plain()).status).toBe('pass');
    const unassigned = new MiniSystem(inbox, options({ 'OPEN-1': 'unassign' }))
      .start('email-1')
      .runUntilIdle()
      .trace();
    expect(check('OPEN-1', unassigned).status).toBe('pass');
  });
  it('names the ticket and owner when the other reading was followed', () => {
    const [finding] = findingsOf(check('OPEN-1', withPolicies(plain(), { 'OPEN-1': 'unassign' })));
    expect(finding?.subjects).toMatchObject({ tickets: ['t1'], users: ['temp'], conversations: ['c1'] });
  });
  it('is not exercised when owners have access', () => {
    const ok = world({ ...inbox, tickets: [ticket('t1', 'c1')] });
    expect(check('OPEN-1', new MiniSystem(ok).start('email-1').runUntilIdle().trace()).status).toBe(
      'not-exercised',
    );
  });
});

describe('OPEN-2 reply to an old conversation after "none"', () => {
  const run = (policy: 'stays' | 'moves') =>
    new MiniSystem(inbox, options({ 'OPEN-2': policy }))
      .start('email-1', { kind: 'none' })
      .runUntilIdle()
      .reply('c1', reply)
      .trace();
  it('passes under stays and under moves', () => {
    expect(check('OPEN-2', run('stays')).status).toBe('pass');
    expect(check('OPEN-2', run('moves')).status).toBe('pass');
  });
  it('names the conversation when the other reading was followed', () => {
    expect(
      findingsOf(check('OPEN-2', withPolicies(run('stays'), { 'OPEN-2': 'moves' })))[0]?.subjects
        .conversations,
    ).toEqual(['c1']);
  });
  it('is not exercised without replies', () =>
    expect(
      check('OPEN-2', new MiniSystem(inbox).start('email-1', { kind: 'none' }).runUntilIdle().trace()).status,
    ).toBe('not-exercised'));
});

describe('OPEN-3 channel changed during the move', () => {
  const run = () =>
    new MiniSystem(inbox).start('email-1').changeChannel('c2', 'email-2').runUntilIdle().trace();
  it('passes under at-processing (changed out: stays behind)', () =>
    expect(check('OPEN-3', run()).status).toBe('pass'));
  it('names the conversation under the other reading', () => {
    const [finding] = findingsOf(check('OPEN-3', withPolicies(run(), { 'OPEN-3': 'at-move-start' })));
    expect(finding?.subjects).toMatchObject({ conversations: ['c2'], channels: ['email-1', 'email-2'] });
  });
  it('is not exercised without channel changes', () =>
    expect(check('OPEN-3', plain()).status).toBe('not-exercised'));
});

describe('OPEN-4 access changed during the move', () => {
  const run = (policy: 'at-ticket-creation' | 'at-move-start') =>
    new MiniSystem(inbox, options({ 'OPEN-4': policy }))
      .start('email-1')
      .setAccess('temp', true)
      .runUntilIdle()
      .trace();
  it('passes under both readings', () => {
    expect(check('OPEN-4', run('at-ticket-creation')).status).toBe('pass');
    expect(check('OPEN-4', run('at-move-start')).status).toBe('pass');
  });
  it('names ticket and owner under the other reading', () => {
    const [finding] = findingsOf(
      check('OPEN-4', withPolicies(run('at-ticket-creation'), { 'OPEN-4': 'at-move-start' })),
    );
    expect(finding?.subjects).toMatchObject({ tickets: ['t-c2'], users: ['temp'] });
  });
  it('is not exercised when access does not change', () =>
    expect(check('OPEN-4', plain()).status).toBe('not-exercised'));
});

describe('OPEN-5 conversation with several tickets', () => {
  const several = world({
    ...inbox,
    tickets: [ticket('t1', 'c1'), ticket('t1b', 'c1', { createdAt: T0 - 1000 })],
  });
  const run = (policy: 'all-move' | 'most-recent-moves') =>
    new MiniSystem(several, options({ 'OPEN-5': policy })).start('email-1').runUntilIdle().trace();
  it('passes under both readings', () => {
    expect(check('OPEN-5', run('all-move')).status).toBe('pass');
    expect(check('OPEN-5', run('most-recent-moves')).status).toBe('pass');
  });
  it('names the conversation under the other reading', () => {
    const [finding] = findingsOf(
      check('OPEN-5', withPolicies(run('all-move'), { 'OPEN-5': 'most-recent-moves' })),
    );
    expect(finding?.subjects).toMatchObject({ conversations: ['c1'], tickets: ['t1', 't1b'] });
  });
  it('is not exercised with one ticket per conversation', () =>
    expect(check('OPEN-5', plain()).status).toBe('not-exercised'));
});

describe('OPEN-6 notifications back on during the move', () => {
  const quiet = world({ ...inbox, account: { ...inbox.account, notificationsOn: false } });
  const run = (policy: 'resume' | 'off-until-complete') =>
    new MiniSystem(quiet, options({ 'OPEN-6': policy }))
      .start('email-1')
      .advance(1000)
      .setNotifications(true)
      .runUntilIdle()
      .trace();
  it('passes under both readings', () => {
    expect(check('OPEN-6', run('resume')).status).toBe('pass');
    expect(check('OPEN-6', run('off-until-complete')).status).toBe('pass');
  });
  it('names the ticket notified although held back', () => {
    const findings = findingsOf(
      check('OPEN-6', withPolicies(run('resume'), { 'OPEN-6': 'off-until-complete' })),
    );
    expect(findings.map((f) => f.subjects.tickets)).toContainEqual(['t-c2']);
  });
  it('is not exercised when notifications stay as they were', () =>
    expect(check('OPEN-6', plain()).status).toBe('not-exercised'));
  it('expects notifications again once the move that held them back has completed', () => {
    const trace = new MiniSystem(quiet, options({ 'OPEN-6': 'off-until-complete' }))
      .start('email-1')
      .advance(1000)
      .setNotifications(true)
      .runUntilIdle()
      .arrive(conversation('late', 'email-1', { daysAgo: 0 }))
      .trace();
    expect(trace.events.some((e) => e.type === 'notification-sent' && e.ticketId === 't-late')).toBe(true);
    expect(check('OPEN-6', trace).status).toBe('pass');
    const stillHeld = dropEvents(trace, (e) => e.type === 'notification-sent' && e.ticketId === 't-late');
    const findings = findingsOf(check('OPEN-6', stillHeld));
    // Its creation and its assignment to the owner: each was due a notification.
    expect(findings.map((f) => f.subjects.tickets)).toEqual([['t-late'], ['t-late']]);
  });
});

describe('OPEN-7 create date of arrivals during the move', () => {
  const run = (policy: 'own-start-date' | 'processing-time') =>
    new MiniSystem(inbox, options({ 'OPEN-7': policy }))
      .start('email-1')
      .arrive(conversation('n1', 'email-1', { daysAgo: 1 }))
      .runUntilIdle()
      .trace();
  it('passes under both readings', () => {
    expect(check('OPEN-7', run('own-start-date')).status).toBe('pass');
    expect(check('OPEN-7', run('processing-time')).status).toBe('pass');
  });
  it('names the ticket under the other reading', () => {
    const [finding] = findingsOf(
      check('OPEN-7', withPolicies(run('own-start-date'), { 'OPEN-7': 'processing-time' })),
    );
    expect(finding?.subjects).toMatchObject({ conversations: ['n1'], tickets: ['t-n1'] });
  });
  it('is not exercised without arrivals', () =>
    expect(check('OPEN-7', plain()).status).toBe('not-exercised'));
});

describe('OPEN-1: a moved ticket without an owner logs no assignment', () => {
  it('names the ticket when ticket-assigned (none) follows its ticket-moved', () => {
    const unowned = world({ ...inbox, tickets: [ticket('t1', 'c1', { ownerId: null })] });
    const trace = new MiniSystem(unowned, options({ 'OPEN-1': 'unassign' }))
      .start('email-1')
      .runUntilIdle()
      .trace();
    const movedAt = trace.events.findIndex((e) => e.type === 'ticket-moved' && e.ticketId === 't1');
    const step = trace.steps.findIndex((s) => s.eventsFrom <= movedAt && movedAt < s.eventsTo);
    expect(movedAt).toBeGreaterThanOrEqual(0);
    expect(check('OPEN-1', trace).status).toBe('not-exercised');
    const assigned = insertEvent(
      trace,
      step,
      { type: 'ticket-assigned', ticketId: 't1', ownerId: null },
      movedAt + 1,
    );
    const [finding] = findingsOf(check('OPEN-1', assigned));
    expect(finding).toMatchObject({
      expected: 'no ticket-assigned for a ticket without an owner',
      actual: 'ticket-assigned (none)',
    });
    expect(finding?.subjects.tickets).toEqual(['t1']);
  });
});
