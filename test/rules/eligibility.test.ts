import { describe, expect, it } from 'vitest';
import type { Command, RuleId, World } from '../../domain/index.ts';
import { CHECKERS, checkerOf } from '../../rules/index.ts';
import { channel, world } from '../support/fixtures.ts';
import { startMove } from '../support/commands.ts';
import { MiniSystem } from './support/mini-system.ts';
import { findingsOf } from './support/mutate.ts';
import { options } from './support/trace-builder.ts';

const base = world();

interface Case {
  readonly rule: RuleId;
  readonly before: World;
  readonly setup: (system: MiniSystem) => void;
  readonly request: Command;
  readonly channel: string;
}

/** For each refusal rule: a world, steps before, and a request that breaks that rule only. */
const CASES: readonly Case[] = [
  { rule: 'ELIG-1', before: world({ account: { ...base.account, tier: 'starter' } }), setup: () => {}, request: startMove('email-1'), channel: 'email-1' },
  { rule: 'ELIG-2', before: world({ account: { ...base.account, helpDeskBeta: false } }), setup: () => {}, request: startMove('email-1'), channel: 'email-1' },
  { rule: 'ELIG-3', before: base, setup: () => {}, request: startMove('email-1', { actorId: 'agent' }), channel: 'email-1' },
  { rule: 'ELIG-4', before: base, setup: () => {}, request: startMove('call-1'), channel: 'call-1' },
  { rule: 'ELIG-5', before: base, setup: () => {}, request: startMove('wa-chat', { entryPoint: 'chatflows-list' }), channel: 'wa-chat' },
  { rule: 'ELIG-6', before: base, setup: (s) => s.start('email-1'), request: startMove('email-2'), channel: 'email-2' },
  { rule: 'ELIG-7', before: base, setup: (s) => s.start('email-1').runUntilIdle(), request: startMove('email-1'), channel: 'email-1' },
  { rule: 'ELIG-8', before: base, setup: () => {}, request: startMove('email-1', { entryPoint: 'chatflows-list' }), channel: 'email-1' },
  { rule: 'HIST-0', before: base, setup: () => {}, request: startMove('email-1', { history: { kind: 'all', openStatus: 'Bogus', closedStatus: 'Closed' } }), channel: 'email-1' },
  { rule: 'HIST-6', before: base, setup: (s) => s.start('email-1', { kind: 'none' }), request: { type: 'move-history-later', actorId: 'admin', channelId: 'email-1' }, channel: 'email-1' },
  { rule: 'MOVE-1', before: base, setup: (s) => s.start('email-1'), request: { type: 'cancel-move', actorId: 'admin', channelId: 'email-1' }, channel: 'email-1' },
]; // prettier-ignore

function play(c: Case, outcome: 'refused' | 'accepted' | 'wrong-rule') {
  const system = new MiniSystem(c.before);
  c.setup(system);
  if (outcome === 'refused') system.refuse(c.request, c.rule);
  else if (outcome === 'wrong-rule') system.refuse(c.request, c.rule === 'ELIG-3' ? 'ELIG-1' : 'ELIG-3');
  else system.builder.step(c.request);
  return system.trace();
}

describe.each(CASES)('$rule refusal checker', (c) => {
  const check = checkerOf(c.rule);
  if (check === undefined) throw new Error(`no checker for ${c.rule}`);

  it('passes when the request is refused naming the rule', () => {
    expect(check(play(c, 'refused'))).toMatchObject({ ruleId: c.rule, status: 'pass' });
  });

  it('is violated when the request is accepted, naming the step and channel', () => {
    const trace = play(c, 'accepted');
    const [finding] = findingsOf(check(trace));
    expect(finding?.subjects.step).toBe(trace.steps.length - 1);
    expect(finding?.subjects.channels).toEqual([c.channel]);
  });

  it('is violated when the only rule broken is not the one named', () => {
    expect(findingsOf(check(play(c, 'wrong-rule')))[0]?.expected).toContain(c.rule);
  });

  it('is not exercised when no request breaks it', () => {
    const system = new MiniSystem(world());
    // MOVE-1 also judges liveness, exercised by a completed move: here the clock never advances.
    if (c.rule === 'MOVE-1') system.start('email-1');
    else system.start('email-1').runUntilIdle();
    expect(check(system.trace())).toMatchObject({ ruleId: c.rule, status: 'not-exercised' });
  });
});

describe('refusal checkers and rule profiles', () => {
  it('does not apply ELIG-2 from 2024-09-26 on, nor ELIG-5/6/7 in 2024-01-29', () => {
    const late = new MiniSystem(world(), options({}, '2024-09-26')).trace();
    const early = new MiniSystem(world(), options({}, '2024-01-29')).trace();
    expect(CHECKERS['ELIG-2']?.(late).status).toBe('not-applicable');
    for (const rule of ['ELIG-5', 'ELIG-6', 'ELIG-7'] as const)
      expect(CHECKERS[rule]?.(early).status).toBe('not-applicable');
  });

  it('judges a calling channel movable from 2025-03-14 (ELIG-4 broken only before)', () => {
    const system = new MiniSystem(world(), options({}, '2025-03-14'));
    system.refuse(startMove('call-1'), 'ELIG-4');
    expect(
      findingsOf(
        CHECKERS['ELIG-4']?.(system.trace()) ?? { ruleId: 'ELIG-4', status: 'pass', evidence: '' },
      )[0]?.expected,
    ).toMatch(/not broken/);
  });

  it('judges a fallback email address unmovable in 2025-05-28', () => {
    const before = world({
      channels: [...base.channels, channel('fallback', 'email', { emailAddressKind: 'fallback' })],
    });
    const system = new MiniSystem(before, options({}, '2025-05-28'));
    system.builder.step(startMove('fallback'));
    expect(
      findingsOf(CHECKERS['ELIG-4']?.(system.trace()) ?? { ruleId: 'ELIG-4', status: 'pass', evidence: '' }),
    ).toHaveLength(1);
  });
});
