import { describe, expect, it } from 'vitest';
import type {
  Command,
  Policies,
  ProfileId,
  RuleId,
  Trace,
  VerdictStatus,
  World,
} from '../../domain/index.ts';
import { DEFAULT_POLICIES, DEFAULT_PROFILE } from '../../domain/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { checkTrace } from '../../rules/index.ts';
import { playScript } from '../../harness/index.ts';
import { conversation, message, T0, ticket, world } from '../support/fixtures.ts';
import { arrives, IDLE, replyArrives, startMove, startNone } from '../support/commands.ts';

/**
 * Each disagreement the contract property found between the reference system and the checkers,
 * shrunk and replayed by hand: the reference's answer is the one SEMANTICS.md (as amended) asks
 * for, and the checker named must not call it a violation.
 */
function play(
  before: World,
  script: readonly Command[],
  policies: Partial<Policies> = {},
  profile: ProfileId = DEFAULT_PROFILE,
): Trace {
  return playScript(createReferenceSystem, before, script, {
    policies: { ...DEFAULT_POLICIES, ...policies },
    profile,
  });
}
const status = (trace: Trace, rule: RuleId): VerdictStatus | undefined =>
  checkTrace(trace, [rule])[0]?.status;
const violated = (trace: Trace): RuleId[] =>
  checkTrace(trace)
    .filter((v) => v.status === 'violated')
    .map((v) => v.ruleId);

const reply = (conversationId: string, id: string): Command =>
  replyArrives(conversationId, message(id, 'email-1', T0, { body: 'any news?' }));
const inbox = world({ conversations: [conversation('c1', 'email-1')] });

describe('disagreements found by the contract property, replayed', () => {
  it('MOVE-4: leaving the progress page as an unknown user is invalid, not a MOVE-4 breach', () => {
    const trace = play(inbox, [startMove('email-1'), { type: 'leave-progress-page', userId: 'ghost-user' }]);
    expect(trace.steps[1]?.result.status).toBe('invalid');
    expect(violated(trace)).toEqual([]);
  });

  it('MOVE-1: a cancel by an unknown user is invalid, not a refusal', () => {
    const trace = play(inbox, [
      startMove('email-1'),
      { type: 'cancel-move', actorId: 'ghost-user', channelId: 'email-1' },
    ]);
    expect(trace.steps[1]?.result.status).toBe('invalid');
    expect(violated(trace)).toEqual([]);
  });

  it('OPEN-2 "moves": a reply while the move still runs leaves the old conversation in the inbox', () => {
    const trace = play(inbox, [startNone('email-1'), reply('c1', 'r1'), IDLE, reply('c1', 'r2')], {
      'OPEN-2': 'moves',
    });
    const replies = trace.events.filter((e) => e.type === 'reply-added').map((e) => e.location);
    expect(replies).toEqual(['inbox', 'help-desk']);
    expect(status(trace, 'OPEN-2')).toBe('pass');
    expect(violated(trace)).toEqual([]);
  });

  it('HIST-0 in the 29 Jan 2024 profile: a restart of a moving channel may be refused naming ELIG-7', () => {
    const missing = { kind: 'all', closedStatus: 'Closed' } as const;
    const trace = play(
      inbox,
      [startNone('email-1'), startMove('email-1', { history: missing })],
      {},
      '2024-01-29',
    );
    expect(trace.steps[1]?.result).toMatchObject({ status: 'refused', ruleId: 'ELIG-7' });
    expect(status(trace, 'HIST-0')).toBe('pass');
    expect(violated(trace)).toEqual([]);
  });

  it('OPEN-1 / HIST-4 with OPEN-4 "at-move-start": a moved ticket reads access as at the start', () => {
    const owned = world({ conversations: [conversation('c1', 'email-1')], tickets: [ticket('t1', 'c1')] });
    const script = [
      startMove('email-1'),
      { type: 'set-help-desk-access', userId: 'agent', access: false },
      IDLE,
    ] as const;
    const trace = play(owned, script, { 'OPEN-1': 'unassign', 'OPEN-4': 'at-move-start' });
    expect(trace.after.tickets.find((t) => t.id === 't1')?.ownerId).toBe('agent');
    expect(violated(trace)).toEqual([]);
  });

  it('OPEN-7: a conversation that arrived elsewhere and was changed in is dated like a historical one', () => {
    const arrival = conversation('a0', 'email-2', { daysAgo: 0 });
    const script: Command[] = [
      startMove('email-1'),
      arrives(arrival),
      { type: 'change-channel', conversationId: 'a0', toChannelId: 'email-1' },
      { type: 'advance', ms: 10 },
      IDLE,
    ];
    const trace = play(world({ clock: T0 + 3_600_000 }), script, { 'OPEN-7': 'processing-time' });
    const created = trace.after.tickets.find((t) => t.conversationId === 'a0');
    expect(created?.createdAt).toBe(arrival.startedAt);
    expect(status(trace, 'HIST-2a')).toBe('pass');
    expect(violated(trace)).toEqual([]);
  });

  it('HIST-7 with OPEN-3 "at-move-start": an arrival changed out still moves with the channel it arrived in', () => {
    const script: Command[] = [
      startNone('email-1'),
      arrives(conversation('a0', 'email-1', { daysAgo: 0 })),
      { type: 'change-channel', conversationId: 'a0', toChannelId: 'email-2' },
      IDLE,
    ];
    const trace = play(world(), script, { 'OPEN-3': 'at-move-start' });
    expect(trace.events.some((e) => e.type === 'conversation-moved' && e.conversationId === 'a0')).toBe(true);
    expect(violated(trace)).toEqual([]);
  });

  it('HIST-7: a conversation moved with its current channel is not judged again when an old channel moves', () => {
    const back = world({ conversations: [conversation('c1', ['email-1', 'chat-1', 'email-1'])] });
    const trace = play(back, [startMove('email-1'), IDLE, startMove('chat-1'), IDLE]);
    expect(status(trace, 'HIST-7')).toBe('pass');
    expect(violated(trace)).toEqual([]);
  });

  it('MOVE-5: a reply dated in the future still counts in the size of the move that carried it', () => {
    const later = replyArrives('a0', message('late', 'email-1', T0 + 10 * 86_400_000, { body: 'later' }));
    const script: Command[] = [
      startNone('email-1'),
      arrives(conversation('a0', 'email-1', { daysAgo: 0, messageCount: 1 })),
      arrives(conversation('a1', 'email-2', { daysAgo: 0, messageCount: 1 })),
      later,
      IDLE,
      startMove('email-2'),
      IDLE,
    ];
    const trace = play(world(), script);
    const messagesMoved = trace.events.filter((e) => e.type === 'move-completed').map((e) => e.messagesMoved);
    expect(messagesMoved).toEqual([2, 1]);
    expect(status(trace, 'MOVE-5')).toBe('pass');
    expect(violated(trace)).toEqual([]);
  });

  it('OPEN-3: a conversation already moved to help desk and then changed into a moving channel is not taken again', () => {
    const script: Command[] = [
      startNone('email-1'),
      arrives(conversation('a0', 'email-1', { daysAgo: 0 })),
      { type: 'advance', ms: 5_000 },
      startMove('email-2'),
      { type: 'change-channel', conversationId: 'a0', toChannelId: 'email-2' },
      { type: 'advance', ms: 5_000 },
    ];
    const trace = play(world(), script);
    expect(trace.events.filter((e) => e.type === 'conversation-moved').length).toBe(1);
    expect(violated(trace)).toEqual([]);
  });
  it('MOVE-5: a move started while the worker is down is not compared (the stall is not its own time)', () => {
    const script: Command[] = [
      startMove('email-1'),
      IDLE,
      { type: 'worker-crash' },
      startMove('email-2'),
      { type: 'advance', ms: 5_000 },
      { type: 'worker-restart' },
      IDLE,
    ];
    const trace = play(world({ conversations: [conversation('c1', 'email-1')] }), script);
    expect(trace.events.filter((e) => e.type === 'move-completed').length).toBe(2);
    expect(status(trace, 'MOVE-5')).toBe('pass');
    expect(violated(trace)).toEqual([]);
  });
});
