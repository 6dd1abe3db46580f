import { describe, expect, it } from 'vitest';
import { check } from './support/check.ts';
import { conversation, SLA, world } from '../support/fixtures.ts';
import { MiniSystem } from './support/mini-system.ts';
import {
  dropEvents,
  findingsOf,
  mapEvents,
  patchConversation,
  patchTicket,
  withAfter,
} from './support/mutate.ts';

const inbox = world({ conversations: [conversation('c1', 'email-1'), conversation('c2', 'email-2')] });
const moved = () => new MiniSystem(inbox).start('email-1').runUntilIdle().trace();
const withArrival = () =>
  new MiniSystem(inbox)
    .start('email-1')
    .arrive(conversation('n1', 'email-1', { daysAgo: 0 }))
    .runUntilIdle()
    .trace();
const afterMove = (before = inbox) =>
  new MiniSystem(before)
    .start('email-1')
    .runUntilIdle()
    .arrive(conversation('n1', 'email-1', { daysAgo: 0, ownerId: 'temp' }))
    .trace();
const idle = () => new MiniSystem(inbox).leave().trace();

describe('MOVE-2 arrivals during a move', () => {
  it('passes when the arrival is moved', () => expect(check('MOVE-2', withArrival()).status).toBe('pass'));
  it('names the conversation left in the inbox', () => {
    const trace = withAfter(
      dropEvents(withArrival(), (e) => e.type === 'conversation-moved' && e.conversationId === 'n1'),
      (w) => patchConversation(w, 'n1', { location: 'inbox' }),
    );
    expect(findingsOf(check('MOVE-2', trace))[0]?.subjects.conversations).toEqual(['n1']);
  });
  it('is not exercised without arrivals', () =>
    expect(check('MOVE-2', moved()).status).toBe('not-exercised'));
  it('names an arrival of a move that never completed although the clock passed its bound', () => {
    const system = new MiniSystem(inbox)
      .start('email-1')
      .arrive(conversation('n1', 'email-1', { daysAgo: 0 }));
    system.builder.step({ type: 'run-until-idle' });
    expect(findingsOf(check('MOVE-2', system.trace()))[0]?.subjects.conversations).toEqual(['n1']);
  });
});

describe('MOVE-3 banner', () => {
  it('passes when the banner follows the move', () => expect(check('MOVE-3', moved()).status).toBe('pass'));
  it('names the step whose observation lacks the banner', () => {
    const trace = moved();
    const steps = trace.steps.map((s) =>
      s.index === 0 ? { ...s, observation: { ...s.observation, banner: null } } : s,
    );
    expect(findingsOf(check('MOVE-3', { ...trace, steps }))[0]?.subjects.step).toBe(0);
  });
  it('is not exercised without a move', () => expect(check('MOVE-3', idle()).status).toBe('not-exercised'));
  it('names the channel of a banner flashed with no move running', () => {
    const trace = idle();
    const flash = [
      { seq: trace.events.length, at: 0, type: 'banner-shown', channelId: 'email-2', places: ['inbox'] },
      { seq: trace.events.length + 1, at: 0, type: 'banner-hidden', channelId: 'email-2' },
    ] as const;
    const verdict = check('MOVE-3', { ...trace, events: [...trace.events, ...flash] });
    expect(verdict.status).toBe('violated');
    expect(findingsOf(verdict).map((f) => f.subjects.channels)).toEqual([['email-2'], ['email-2']]);
  });
});

describe('MOVE-4 leaving the progress page', () => {
  const left = () => new MiniSystem(inbox).start('email-1').leave('admin').runUntilIdle();
  it('passes when nothing changes', () => expect(check('MOVE-4', left().trace()).status).toBe('pass'));
  it('names the step where leaving changed the move', () => {
    const system = new MiniSystem(inbox).start('email-1');
    system.builder.log({ type: 'progress-page-left', userId: 'admin' });
    system.builder.step(
      { type: 'leave-progress-page', userId: 'admin' },
      { status: 'accepted' },
      { move: null, banner: null },
    );
    const [finding] = findingsOf(check('MOVE-4', system.trace()));
    expect(finding?.subjects).toMatchObject({ step: 1, users: ['admin'], channels: ['email-1'] });
  });
  it('is not exercised when nobody leaves during a move', () =>
    expect(check('MOVE-4', idle()).status).toBe('not-exercised'));
});

describe('MOVE-5 duration grows with the data', () => {
  const two = () => {
    const before = world({
      conversations: [
        conversation('a', 'email-1'),
        conversation('b1', 'email-2'),
        conversation('b2', 'email-2'),
      ],
    });
    return new MiniSystem(before).start('email-1').runUntilIdle().start('email-2').runUntilIdle().trace();
  };
  it('passes when the bigger move takes longer', () => expect(check('MOVE-5', two()).status).toBe('pass'));
  it('names both channels when the bigger move is faster', () => {
    const trace = two();
    const lastCompleted = trace.events.findLastIndex((e) => e.type === 'move-completed');
    const startedAt = trace.events.findLast((e) => e.type === 'move-started')?.at ?? 0;
    const faster = mapEvents(trace, (e, i) => (i === lastCompleted ? { ...e, at: startedAt + 1 } : e));
    expect(findingsOf(check('MOVE-5', faster))[0]?.subjects.channels).toEqual(['email-2', 'email-1']);
  });
  it('is not exercised when no move completes', () =>
    expect(check('MOVE-5', new MiniSystem(inbox).start('email-1').trace()).status).toBe('not-exercised'));
});

describe('MOVE-6 channel in help desk after the move', () => {
  it('passes', () => expect(check('MOVE-6', moved()).status).toBe('pass'));
  it('names the channel still moving in the world after', () => {
    const trace = withAfter(moved(), (w) => ({
      ...w,
      channels: w.channels.map((c) => (c.id === 'email-1' ? { ...c, location: 'moving' } : c)),
    }));
    expect(findingsOf(check('MOVE-6', trace))[0]?.subjects.channels).toEqual(['email-1']);
  });
  // Only while the move may still be running: past its completion bound, see liveness.test.ts.
  it('is not exercised while the move has not had the time to complete', () =>
    expect(check('MOVE-6', new MiniSystem(inbox).start('email-1').trace()).status).toBe('not-exercised'));
  it('names the channel still moving although its completion bound passed', () => {
    const system = new MiniSystem(inbox).start('email-1');
    system.builder.step({ type: 'run-until-idle' });
    expect(findingsOf(check('MOVE-6', system.trace()))[0]?.subjects.channels).toEqual(['email-1']);
  });
});

describe('MOVE-7 notifications', () => {
  it('passes when notifications follow the setting', () =>
    expect(check('MOVE-7', moved()).status).toBe('pass'));
  it('names the ticket whose notification is missing', () => {
    const trace = dropEvents(moved(), (e) => e.type === 'notification-sent');
    const findings = findingsOf(check('MOVE-7', trace));
    expect(findings.map((f) => f.subjects.tickets)).toContainEqual(['t-c1']);
  });
  it('flags a notification sent while notifications are off', () => {
    const off = new MiniSystem(inbox).setNotifications(false).start('email-1').runUntilIdle().trace();
    const trace = mapEvents(off, (e) =>
      e.type === 'ticket-assigned'
        ? { ...e, type: 'notification-sent', reason: 'ticket-assigned', recipientId: e.ownerId }
        : e,
    );
    expect(findingsOf(check('MOVE-7', trace))[0]?.expected).toMatch(/notifications off/);
  });
  it('is not exercised without a move', () => expect(check('MOVE-7', idle()).status).toBe('not-exercised'));
});

describe('SET-1 settings persist', () => {
  it('passes', () => expect(check('SET-1', moved()).status).toBe('pass'));
  it('names the channel whose settings were reset', () => {
    const trace = withAfter(moved(), (w) => ({
      ...w,
      channels: w.channels.map((c) =>
        c.id === 'email-1' ? { ...c, settings: { ...c.settings, signature: '' } } : c,
      ),
    }));
    expect(findingsOf(check('SET-1', trace))[0]?.subjects.channels).toEqual(['email-1']);
  });
  it('is not exercised without a move', () => expect(check('SET-1', idle()).status).toBe('not-exercised'));
});

describe('NEW-1 new conversations of a moved channel', () => {
  it('passes', () => expect(check('NEW-1', afterMove()).status).toBe('pass'));
  it('names the conversation that got no ticket', () => {
    const trace = dropEvents(afterMove(), (e) => e.type === 'ticket-created' && e.conversationId === 'n1');
    expect(findingsOf(check('NEW-1', trace))[0]?.subjects.conversations).toEqual(['n1']);
  });
  it('is not exercised without arrivals after a move', () =>
    expect(check('NEW-1', moved()).status).toBe('not-exercised'));
});

describe('NEW-2 access and SLAs on new tickets', () => {
  const sla = world({ ...inbox, account: { ...inbox.account, sla: SLA } });
  it('passes (owner without access left unassigned, SLA set)', () =>
    expect(check('NEW-2', afterMove(sla)).status).toBe('pass'));
  it('names the owner without access who got the ticket', () => {
    const trace = withAfter(
      mapEvents(afterMove(sla), (e) =>
        e.type === 'ticket-created' && e.conversationId === 'n1' ? { ...e, ownerId: 'temp' } : e,
      ),
      (w) => patchTicket(w, 't-n1', { ownerId: 'temp' }),
    );
    const [finding] = findingsOf(check('NEW-2', trace));
    expect(finding?.subjects).toMatchObject({ users: ['temp'], tickets: ['t-n1'], conversations: ['n1'] });
  });
  it('is not exercised without arrivals after a move', () =>
    expect(check('NEW-2', moved()).status).toBe('not-exercised'));
});

describe('MOVE-1 the move runs to its end (liveness: liveness.test.ts)', () => {
  it('names a move the worker left running through a run-until-idle', () => {
    const system = new MiniSystem(inbox).start('email-1');
    system.builder.step({ type: 'run-until-idle' });
    expect(findingsOf(check('MOVE-1', system.trace()))[0]?.subjects).toMatchObject({
      channels: ['email-1'],
      step: 1,
    });
  });
  it('names the channel seen back in the inbox after a refused cancel', () => {
    const system = new MiniSystem(inbox).start('email-1');
    system.refuse({ type: 'cancel-move', actorId: 'admin', channelId: 'email-1' }, 'MOVE-1');
    const trace = system.trace();
    const back = trace.steps.map((s) =>
      s.index === 1
        ? {
            ...s,
            observation: {
              ...s.observation,
              channelLocations: { ...s.observation.channelLocations, 'email-1': 'inbox' as const },
            },
          }
        : s,
    );
    const [finding] = findingsOf(check('MOVE-1', { ...trace, steps: back }));
    expect(finding?.subjects).toMatchObject({ channels: ['email-1'], step: 1 });
    expect(finding?.actual).toBe('back in the inbox');
  });
});
