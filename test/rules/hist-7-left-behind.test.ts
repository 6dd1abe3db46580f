import { describe, expect, it } from 'vitest';
import type { Trace, Verdict } from '../../domain/index.ts';
import { CHECKERS } from '../../rules/index.ts';
import { conversation, world } from '../support/fixtures.ts';
import { MiniSystem } from './support/mini-system.ts';
import { findingsOf, mapEvents, patchConversation } from './support/mutate.ts';

/** The second half of HIST-7: moving channel A does not take a conversation [A, B]. */
const hist7 = (trace: Trace): Verdict => {
  const checker = CHECKERS['HIST-7'];
  if (checker === undefined) throw new Error('no HIST-7 checker');
  return checker(trace);
};
const inbox = world({
  conversations: [conversation('c-moved', ['chat-1', 'email-1']), conversation('c-chat', 'chat-1')],
});
const recorded = (): MiniSystem => {
  const system = new MiniSystem(inbox);
  system.recordWorlds = true;
  return system;
};
const movedChat = (): Trace => recorded().start('chat-1').runUntilIdle().trace();

describe('HIST-7: a conversation whose earlier channel is moved stays in the inbox', () => {
  it('passes when the move of the earlier channel leaves it behind', () => {
    const verdict = hist7(movedChat());
    expect(verdict.status).toBe('pass');
    expect(verdict.status === 'pass' && verdict.evidence).toContain('1 multi-channel');
  });

  it('passes with history "none" too (HIST-5 keeps it in place anyway)', () =>
    expect(hist7(recorded().start('chat-1', { kind: 'none' }).runUntilIdle().trace()).status).toBe('pass'));

  it('names the conversation the move took with its earlier channel', () => {
    const trace = mapEvents(movedChat(), (e) =>
      e.type === 'conversation-moved' && e.conversationId === 'c-chat'
        ? { ...e, conversationId: 'c-moved' }
        : e,
    );
    const findings = findingsOf(hist7(trace)).filter((f) => f.actual.includes('earlier channel'));
    expect(findings.map((f) => f.subjects.conversations)).toEqual([['c-moved']]);
    expect(findings[0]?.actual).toBe('moved with its earlier channel chat-1');
  });

  it('names the conversation found in help desk at the end of the move without an event', () => {
    const trace = movedChat();
    const steps = trace.steps.map((step) =>
      step.world === undefined || step.command.type !== 'run-until-idle'
        ? step
        : { ...step, world: patchConversation(step.world, 'c-moved', { location: 'help-desk' }) },
    );
    const [finding] = findingsOf(hist7({ ...trace, steps }));
    expect(finding?.subjects.conversations).toEqual(['c-moved']);
    expect(finding?.expected).toBe('stays in the inbox: its current channel is email-1');
  });

  it('leaves a conversation changed during the move to OPEN-3 (not judged by this half)', () => {
    const only = world({ conversations: [conversation('c-moved', ['chat-1', 'email-1'])] });
    const changedIn = new MiniSystem(only).start('chat-1').changeChannel('c-moved', 'chat-1').runUntilIdle();
    // Judged (the first half sees it moved with its current channel), and not flagged as taken.
    expect(hist7(changedIn.trace()).status).toBe('pass');
  });

  it('is not exercised when the moved channel is in no conversation history', () =>
    expect(hist7(recorded().start('email-2').runUntilIdle().trace()).status).toBe('not-exercised'));
});

describe('HIST-7: a conversation already taken by an earlier move', () => {
  it('is not judged again when a channel of its past moves later', () => {
    const back = world({ conversations: [conversation('c-back', ['email-1', 'chat-1', 'email-1'])] });
    const system = new MiniSystem(back);
    system.recordWorlds = true;
    const trace = system.start('email-1').runUntilIdle().start('chat-1').runUntilIdle().trace();
    expect(hist7(trace).status).toBe('pass');
  });
});
