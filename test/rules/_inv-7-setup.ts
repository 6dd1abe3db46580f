import { expect } from 'vitest';
import type { Finding, Message, Policies, Script, Trace, World } from '../../domain/index.ts';
import { DEFAULT_POLICIES, DEFAULT_PROFILE } from '../../domain/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { playScript } from '../../harness/index.ts';
import { check } from './support/check.ts';
import { account, conversation, message, SLA, T0, ticket, user, world } from '../support/fixtures.ts';
import { arrives, replyArrives, startMove, startNone } from '../support/commands.ts';
import { findingsOf } from './support/mutate.ts';

/** The inbox, script and helpers of INV-7's tests (inv-7.test.ts, inv-7-catches.test.ts). */
export const inbox: World = world({
  account: account({ sla: SLA }),
  users: [...world().users, user('gone', { superAdmin: false, helpDeskAccess: false })],
  conversations: [
    conversation('c1', 'email-1'),
    conversation('c2', 'email-1', { status: 'closed', ownerId: 'temp', daysAgo: 9 }),
    conversation('c3', 'email-1', { ownerId: 'gone' }),
    conversation('c4', 'email-2'),
    conversation('c5', ['form-1', 'email-2']),
  ],
  tickets: [ticket('t3', 'c3', { ownerId: 'gone' }), ticket('t4', 'c4')],
});

export const reply = (id: string, body = 'thanks'): Message => message(id, 'email-1', T0, { body });

/** Everything the frame licenses, in one script: a move, replies, a change, an arrival, access, notifications. */
export const busy = (history: 'all' | 'none'): Script => [
  { type: 'set-notifications', on: false },
  history === 'all' ? startMove() : startNone(),
  replyArrives('c1', reply('r1')),
  { type: 'advance', ms: 1000 },
  { type: 'set-help-desk-access', userId: 'temp', access: true },
  { type: 'run-until-idle' },
  { type: 'change-channel', conversationId: 'c4', toChannelId: 'email-1' },
  arrives(conversation('late', 'email-1', { daysAgo: 0 })),
  replyArrives('c2', reply('r2')),
  replyArrives('c2', reply('r2')),
  { type: 'set-notifications', on: true },
];

export function play(script: Script, policies: Partial<Policies> = {}, before: World = inbox): Trace {
  const options = { policies: { ...DEFAULT_POLICIES, ...policies }, profile: DEFAULT_PROFILE };
  return playScript(createReferenceSystem, before, script, options);
}

/** The trace with the world after, and every recorded world from step `from` on, changed alike. */
export function corrupt(trace: Trace, from: number, change: (world: World) => World): Trace {
  return {
    ...trace,
    steps: trace.steps.map((s) =>
      s.world === undefined || s.index < from ? s : { ...s, world: change(s.world) },
    ),
    after: change(trace.after),
  };
}

/** The only finding of a violated INV-7 verdict. */
export function only(trace: Trace): Finding {
  const findings = findingsOf(check('INV-7', trace));
  expect(findings).toHaveLength(1);
  return findings[0] as Finding;
}

export const moved = () => play([startMove(), { type: 'run-until-idle' }]);
/** The step of the run-until-idle that moved everything. */
export const MOVE_STEP = 1;
