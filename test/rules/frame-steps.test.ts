import { describe, expect, it } from 'vitest';
import type { Script, Trace, TraceStep, World } from '../../domain/index.ts';
import { DEFAULT_POLICIES, DEFAULT_PROFILE } from '../../domain/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { playScript } from '../../harness/index.ts';
import { check } from './support/check.ts';
import { conversation, world } from '../support/fixtures.ts';
import { arrives, startMove } from '../support/commands.ts';
import {
  findingsOf,
  insertEvent,
  observe,
  patchConversation,
  patchEvent,
  patchStep,
} from './support/mutate.ts';

/*
 * INV-7 step by step (rules/_frame-steps.ts, _frame-lifecycle.ts, _frame-progress.ts): what each
 * command must have done, judged from the commands and the per-step worlds and observations. The
 * reference passes a script that exercises all of it; each corruption below is one plausible bug
 * (the mutants of docs/MUTATION.md, "Holes") and is caught, naming its step.
 */

const before: World = world({
  conversations: [
    conversation('c1', 'email-1'),
    conversation('c2', 'email-1', { status: 'closed' }),
    conversation('c3', 'email-1', { messageCount: 3 }),
    conversation('c4', 'email-2'),
  ],
});

const script: Script = [
  { type: 'set-notifications', on: false },
  startMove('email-1'),
  { type: 'close-conversation', conversationId: 'c1' },
  { type: 'close-conversation', conversationId: 'c1' },
  { type: 'reassign-conversation', conversationId: 'c1', ownerId: 'agent' },
  { type: 'reassign-conversation', conversationId: 'c1', ownerId: 'temp' },
  { type: 'reopen-conversation', conversationId: 'c2' },
  arrives(conversation('n1', 'email-1', { daysAgo: 0 })),
  { type: 'advance', ms: 300 },
  { type: 'worker-crash' },
  { type: 'advance', ms: 5000 },
  { type: 'run-until-idle' },
  { type: 'worker-restart' },
  { type: 'set-help-desk-access', userId: 'temp', access: true },
  { type: 'leave-progress-page', userId: 'admin' },
  { type: 'run-until-idle', maxMs: 1 },
  { type: 'run-until-idle' },
  { type: 'set-notifications', on: true },
];
const S = {
  notificationsOff: 0,
  start: 1,
  close: 2,
  closeAgain: 3,
  sameOwner: 4,
  reassign: 5,
  reopen: 6,
  arrival: 7,
  advance: 8,
  crash: 9,
  advanceDown: 10,
  idleDown: 11,
  access: 13,
  idleShort: 15,
  idle: 16,
} as const;

const reference = (): Trace =>
  playScript(createReferenceSystem, before, script, {
    policies: DEFAULT_POLICIES,
    profile: DEFAULT_PROFILE,
  });

/** The INV-7 findings of a corrupted trace, as text, for matching. */
function inv7(trace: Trace): string[] {
  return findingsOf(check('INV-7', trace)).map(
    (f) => `step ${f.subjects.step ?? '-'}: expected ${f.expected}; actual ${f.actual}`,
  );
}

describe('INV-7 step by step: the reference passes', () => {
  it('passes a script with lifecycle commands, a crash, limits and notifications', () => {
    const trace = reference();
    expect(trace.steps.every((s) => s.world !== undefined)).toBe(true);
    expect(trace.steps.map((s) => s.result.status).every((s) => s === 'accepted')).toBe(true);
    expect(trace.steps[S.crash]?.observation.move?.status).toBe('stalled');
    expect(trace.after.channels.find((c) => c.id === 'email-1')?.location).toBe('help-desk');
    expect(check('INV-7', trace)).toMatchObject({ status: 'pass' });
    expect(check('INV-8', trace)).toMatchObject({ status: 'pass' });
  });
});

describe('INV-7 step by step: the clock and the events against the commands', () => {
  it('catches an advance that runs until idle', () => {
    const trace = reference();
    const at = trace.steps[S.advance]?.observation.at ?? 0;
    expect(inv7(observe(trace, S.advance, () => ({ at: at + 60_000 })))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^step 8: expected the clock at \d+ after advance/)]),
    );
  });

  it('catches a run-until-idle that ignores its maxMs, or runs while the worker is down', () => {
    const trace = reference();
    const short = trace.steps[S.idleShort]?.observation.at ?? 0;
    expect(inv7(observe(trace, S.idleShort, () => ({ at: short + 5000 })))[0]).toMatch(
      /^step 15: expected the clock at \d+ after run-until-idle/,
    );
    const down = trace.steps[S.idleDown]?.observation.at ?? 0;
    expect(inv7(observe(trace, S.idleDown, () => ({ at: down + 1 })))[0]).toMatch(
      /^step 11: expected the clock/,
    );
  });

  it('catches an event dated before its command', () => {
    const trace = reference();
    const step = trace.steps[S.arrival] as TraceStep;
    const early = patchEvent(
      trace,
      (e) => e.seq === step.eventsFrom,
      (e) => ({ ...e, at: e.at - 1 }),
    );
    expect(inv7(early)[0]).toMatch(
      /^step 7: expected conversation-arrived \(event \d+\) dated within its step/,
    );
  });
});

describe('INV-7 step by step: notifications and the worker', () => {
  it('catches set-notifications ignored, even when a later one undoes it', () => {
    const trace = reference();
    const ignored = patchStep(
      observe(trace, S.notificationsOff, () => ({ notificationsOn: true })),
      S.notificationsOff,
      (s) => ({ ...s, world: patchAccount(s.world, true) }),
    );
    expect(inv7(ignored)[0]).toMatch(/^step 0: expected notifications off, as set-notifications left them/);
  });

  it('catches a worker-crash ignored: the move shown running, and processing while down', () => {
    const trace = reference();
    const running = observe(trace, S.advanceDown, (o) => ({
      move: o.move === null ? null : { ...o.move, status: 'running', processed: o.move.processed + 1 },
    }));
    const found = inv7(running);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^step 10: expected the move shown stalled \(worker down\); actual running/),
        expect.stringMatching(/^step 10: expected nothing processed while the worker is down/),
      ]),
    );
  });
});

function patchAccount(w: World | undefined, notificationsOn: boolean): World | undefined {
  return w === undefined ? undefined : { ...w, account: { ...w.account, notificationsOn } };
}

describe('INV-7 step by step: close, reopen and reassign, and what they log', () => {
  it('catches a reopen played as a close', () => {
    const trace = reference();
    const played = patchStep(trace, S.reopen, (s) => ({
      ...s,
      world: s.world === undefined ? undefined : patchConversation(s.world, 'c2', { status: 'closed' }),
    }));
    expect(inv7(played)[0]).toMatch(
      /^step 6: expected conversation c2 open, owner "agent", as reopen-conversation/,
    );
  });

  it('catches a close not carried out, in the world after', () => {
    const trace = reference();
    const kept = { ...trace, after: patchConversation(trace.after, 'c1', { status: 'open' }) };
    expect(inv7(kept)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^step -: expected conversation c1 closed, owner "temp"/),
      ]),
    );
  });

  it('catches the event type swapped, a same-owner reassign logged, and an emptied event body', () => {
    const trace = reference();
    const swapped = patchEvent(
      trace,
      (e) => e.type === 'conversation-closed',
      (e) => ({ ...e, type: 'conversation-reopened' }),
    );
    expect(inv7(swapped)[0]).toMatch(/^step 2: expected close-conversation logs .*conversation-closed/);
    const logged = insertEvent(trace, S.sameOwner, {
      type: 'conversation-reassigned',
      conversationId: 'c1',
      fromOwnerId: 'agent',
      ownerId: 'agent',
    });
    expect(inv7(logged)[0]).toMatch(
      /^step 4: expected reassign-conversation logs no event \(it changes nothing\)/,
    );
    const emptied = patchEvent(
      trace,
      (e) => e.type === 'access-changed',
      (e) => ({ seq: e.seq, at: e.at, type: 'access-changed' }),
    );
    expect(inv7(emptied)[0]).toMatch(/^step 13: expected set-help-desk-access logs .*"userId":"temp"/);
  });
});

describe("INV-7 step by step: the move's progress counts against what moved", () => {
  it('catches processed miscounted, pending not queued and move-completed counts wrong', () => {
    const trace = reference();
    const processed = observe(trace, S.advance, (o) => ({
      move: o.move === null ? null : { ...o.move, processed: o.move.processed + 1 },
    }));
    expect(inv7(processed)[0]).toMatch(/^step 8: expected \d+ processed, as moved so far/);
    const pending = observe(trace, S.start, (o) => ({
      move: o.move === null ? null : { ...o.move, pending: 0 },
    }));
    expect(inv7(pending)[0]).toMatch(/^step 1: expected 3 pending when the move starts/);
    const completed = patchEvent(
      trace,
      (e) => e.type === 'move-completed',
      (e) => ({ ...e, conversationsMoved: 0 }),
    );
    expect(inv7(completed)[0]).toMatch(
      /^step 16: expected move-completed counting what moved: 4 conversations, 9 messages/,
    );
  });
});
