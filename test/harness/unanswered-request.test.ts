import { describe, expect, it } from 'vitest';
import type { Command } from '../../domain/index.ts';
import { SystemFailure, unansweredRequest, withUnansweredRequest } from '../../harness/index.ts';

const cancel: Command = { type: 'cancel-move', actorId: 'u1', channelId: 'email-1' };
const failure = (call: string | null, step = 3, command: Command | null = cancel, verb = 'threw') =>
  new SystemFailure('sut', step, command, null, 'boom', call, verb);

describe('unansweredRequest: INV-8 from a system failure', () => {
  it('is a violation naming the step, the command and what came back, for execute()', () => {
    const verdict = unansweredRequest(failure('execute()', 3, cancel, 'answered malformed'));
    expect(verdict).toEqual({
      ruleId: 'INV-8',
      status: 'violated',
      count: 1,
      findings: [
        {
          expected: 'an answer to cancel-move: accepted, refused (with a rule and a reason) or invalid',
          actual: 'answered malformed: boom',
          subjects: { step: 3 },
        },
      ],
    });
  });

  it('is null outside a request: the factory, observe(), world(), events(), close()', () => {
    expect(unansweredRequest(failure('the factory', 0, null))).toBeNull();
    for (const call of ['observe()', 'world()', 'events()', 'close()'])
      expect(unansweredRequest(failure(call))).toBeNull();
    expect(unansweredRequest(failure('execute()', 2, null))).toBeNull();
  });

  it('replaces INV-8 among the verdicts, or adds it, and leaves them alone without a failure', () => {
    const pass = { ruleId: 'INV-8' as const, status: 'pass' as const, evidence: 'x' };
    const other = { ruleId: 'MOVE-1' as const, status: 'pass' as const, evidence: 'y' };
    const replaced = withUnansweredRequest([other, pass], failure('execute()'));
    expect(replaced.map((v) => [v.ruleId, v.status])).toEqual([
      ['MOVE-1', 'pass'],
      ['INV-8', 'violated'],
    ]);
    expect(withUnansweredRequest([other], failure('execute()')).map((v) => v.ruleId)).toEqual([
      'MOVE-1',
      'INV-8',
    ]);
    expect(withUnansweredRequest([other, pass], null)).toEqual([other, pass]);
    expect(withUnansweredRequest([other, pass], failure('world()'))).toEqual([other, pass]);
  });
});
