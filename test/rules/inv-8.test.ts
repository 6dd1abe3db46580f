import { describe, expect, it } from 'vitest';
import type { Command, CommandResult, RuleId } from '../../domain/index.ts';
import { understandable } from '../../rules/refusal.ts';
import { check } from './support/check.ts';
import { conversation, message, world } from '../support/fixtures.ts';
import { replyArrives, startMove } from '../support/commands.ts';
import { MiniSystem } from './support/mini-system.ts';
import { findingsOf } from './support/mutate.ts';

const inbox = world({ conversations: [conversation('c1', 'email-1'), conversation('c2', 'email-2')] });
/** One step answered `result`, logged as SEMANTICS.md says (one command-refused for a refusal). */
const answered = (system: MiniSystem, command: Command, result: CommandResult) => {
  if (result.status === 'refused') {
    system.builder.log({
      type: 'command-refused',
      command: command.type,
      ruleId: result.ruleId,
      reason: result.reason,
    });
  }
  system.builder.step(command, result);
  return system;
};
const refused = (ruleId: RuleId, reason = 'a reason a person can read'): CommandResult => ({
  status: 'refused',
  ruleId,
  reason,
});

describe('INV-8 a valid request is accepted', () => {
  it('passes when valid moves are accepted and invalid ones refused', () => {
    const trace = new MiniSystem(inbox)
      .refuse(startMove('email-1', { actorId: 'agent' }), 'ELIG-3')
      .start('email-2')
      .runUntilIdle()
      .trace();
    expect(check('INV-8', trace).status).toBe('pass');
  });

  it('names a valid move of a personal email channel refused with a plausible rule', () => {
    const trace = answered(new MiniSystem(inbox), startMove('email-2'), refused('ELIG-4')).trace();
    const [finding] = findingsOf(check('INV-8', trace));
    expect(finding?.subjects).toMatchObject({ step: 0, channels: ['email-2'], users: ['admin'] });
    expect(finding?.actual).toMatch(/refused naming ELIG-4/);
  });

  it('names a valid chatflow move answered invalid', () => {
    const trace = answered(new MiniSystem(inbox), startMove('chat-1'), {
      status: 'invalid',
      reason: 'start-move: unknown channel "chat-1"',
    }).trace();
    expect(findingsOf(check('INV-8', trace))[0]?.expected).toMatch(/breaks no rule/);
  });

  it('names an invalid answer to a request that breaks a rule but names existing IDs', () => {
    const trace = answered(new MiniSystem(inbox), startMove('call-1'), {
      status: 'invalid',
      reason: 'no such channel',
    }).trace();
    expect(findingsOf(check('INV-8', trace))[0]?.expected).toMatch(/refused naming ELIG-4, not invalid/);
  });

  it('names a reply to an existing conversation answered invalid, and a refused channel change', () => {
    const system = new MiniSystem(inbox);
    answered(system, replyArrives('c1', message('r', 'email-1', 0, { body: 'hi' })), {
      status: 'invalid',
      reason: 'unknown conversation',
    });
    answered(
      system,
      { type: 'change-channel', conversationId: 'c1', toChannelId: 'email-2' },
      refused('ELIG-7'),
    );
    const findings = findingsOf(check('INV-8', system.trace()));
    expect(findings.map((f) => f.subjects.step)).toEqual([0, 1]);
    expect(findings[1]?.expected).toMatch(/no rule refuses it/);
  });

  it('accepts invalid for unknown IDs and for a cancel when nothing was moved', () => {
    const system = new MiniSystem(inbox);
    answered(system, startMove('nope'), { status: 'invalid', reason: 'unknown channel' });
    answered(
      system,
      { type: 'cancel-move', actorId: 'admin', channelId: 'email-1' },
      { status: 'invalid', reason: 'not moving' },
    );
    answered(
      system,
      { type: 'set-help-desk-access', userId: 'ghost', access: true },
      { status: 'invalid', reason: 'unknown user' },
    );
    expect(check('INV-8', system.trace()).status).toBe('pass');
  });

  it('is not exercised when no request names only existing IDs', () => {
    const system = answered(new MiniSystem(inbox), startMove('nope'), {
      status: 'invalid',
      reason: 'unknown channel',
    });
    expect(check('INV-8', system.trace()).status).toBe('not-exercised');
  });
});

describe('refusal attribution: either rule where RULES.md names two', () => {
  const again = (ruleId: RuleId) =>
    answered(new MiniSystem(inbox).start('email-1'), startMove('email-1'), refused(ruleId)).trace();
  const cancelLate = (ruleId: RuleId) =>
    answered(
      new MiniSystem(inbox).start('email-1').runUntilIdle(),
      { type: 'cancel-move', actorId: 'admin', channelId: 'email-1' },
      refused(ruleId),
    ).trace();

  it.each(['ELIG-6', 'ELIG-7'] as const)('a move of the channel already moving may name %s', (named) => {
    const trace = again(named);
    for (const rule of ['ELIG-6', 'ELIG-7', 'INV-8'] as const)
      expect(check(rule, trace).status, rule).toBe('pass');
  });

  it.each(['MOVE-1', 'ELIG-7'] as const)('a cancel after the move completed may name %s', (named) => {
    const trace = cancelLate(named);
    for (const rule of ['MOVE-1', 'ELIG-7'] as const)
      expect(check(rule, trace).status, rule).not.toBe('violated');
  });

  it('still flags a third rule named for the move of a channel already moving', () =>
    expect(check('ELIG-3', again('ELIG-3')).status).toBe('violated'));

  it('still requires ELIG-6 alone when another channel is moving', () => {
    const trace = answered(
      new MiniSystem(inbox).start('email-1'),
      startMove('email-2'),
      refused('ELIG-7'),
    ).trace();
    expect(findingsOf(check('ELIG-6', trace))[0]?.expected).toMatch(/the only rule broken/);
  });
});

describe('a refusal says why, in words', () => {
  it.each(['', 'ELIG-3', 'refused', 'refused: ELIG-3'])('%j is not a reason a person understands', (reason) =>
    expect(understandable(reason)).toBe(false),
  );
  it('accepts a sentence', () => expect(understandable('only a Super Admin can start a move')).toBe(true));

  it('is judged under the rule the refusal names', () => {
    const trace = answered(
      new MiniSystem(inbox),
      startMove('email-1', { actorId: 'agent' }),
      refused('ELIG-3', ''),
    ).trace();
    const [finding] = findingsOf(check('ELIG-3', trace));
    expect(finding).toMatchObject({ actual: '""', subjects: { step: 0 } });
  });
});

describe('INV-8 a clock moved backwards is invalid', () => {
  const back: Command[] = [
    { type: 'advance', ms: -1 },
    { type: 'run-until-idle', maxMs: -60_000 },
  ];
  it.each(back)('names $type by a negative amount answered accepted', (command) => {
    const trace = answered(new MiniSystem(inbox), command, { status: 'accepted' }).trace();
    const [finding] = findingsOf(check('INV-8', trace));
    expect(finding?.expected).toMatch(new RegExp(`^${command.type} invalid: it names -\\d+ ms$`));
    expect(finding?.subjects).toMatchObject({ step: 0 });
  });

  it.each(back)('passes $type by a negative amount answered invalid', (command) => {
    const trace = answered(new MiniSystem(inbox), command, { status: 'invalid', reason: 'negative' }).trace();
    expect(check('INV-8', trace).status).toBe('pass');
  });

  it('still requires a 0 ms advance to be handled, not invalid', () => {
    const trace = answered(
      new MiniSystem(inbox),
      { type: 'advance', ms: 0 },
      {
        status: 'invalid',
        reason: 'nothing to do',
      },
    ).trace();
    expect(findingsOf(check('INV-8', trace))[0]?.expected).toMatch(/handled, not invalid/);
  });
});
