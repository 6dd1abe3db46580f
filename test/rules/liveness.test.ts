import { describe, expect, it } from 'vitest';
import { HOUR } from '../../domain/index.ts';
import { COMPLETION_BOUND, movesLiveness } from '../../rules/liveness.ts';
import { check } from './support/check.ts';
import { conversation, world } from '../support/fixtures.ts';
import { MiniSystem } from './support/mini-system.ts';
import { findingsOf } from './support/mutate.ts';

const inbox = world({ conversations: [conversation('c1', 'email-1'), conversation('c2', 'email-2')] });
const started = () => new MiniSystem(inbox).start('email-1');
/** A step in which the harness advanced the clock and the system did nothing: a silent stall. */
const stall = (system: MiniSystem, ms: number) => {
  system.builder.step({ type: 'advance', ms }, { status: 'accepted' }, { at: system.world.clock + ms });
  return system;
};
const cancelRefused = (system: MiniSystem) =>
  system.refuse({ type: 'cancel-move', actorId: 'admin', channelId: 'email-1' }, 'MOVE-1');

describe('the completion bound', () => {
  it("grows with the move's conversations, messages and arrivals", () => {
    const system = started().arrive(conversation('n1', 'email-1', { daysAgo: 0, messageCount: 3 }));
    const [life] = movesLiveness(stall(system, HOUR).trace());
    // c1 (2 messages) at start, n1 (3 messages) arriving during the move.
    expect(life?.conversations).toBe(2);
    expect(life?.messages).toBe(5);
    expect(life?.boundMs).toBe(
      COMPLETION_BOUND.fixedMs + 2 * COMPLETION_BOUND.perConversationMs + 5 * COMPLETION_BOUND.perMessageMs,
    );
    expect(life?.creditedMs).toBe(HOUR);
  });

  it('counts no conversation at start with history "none"', () => {
    const system = new MiniSystem(inbox).start('email-1', { kind: 'none' });
    expect(movesLiveness(stall(system, HOUR).trace())[0]?.conversations).toBe(0);
  });
});

describe('MOVE-1 liveness', () => {
  it('passes when the move completes, saying so', () => {
    const verdict = check('MOVE-1', started().runUntilIdle().trace());
    expect(verdict).toMatchObject({ status: 'pass' });
    expect(verdict.status === 'pass' && verdict.evidence).toMatch(/1 moves ran to completion/);
  });

  it('names the channel and step of a move still incomplete once the clock passed its bound', () => {
    const trace = stall(stall(started(), HOUR), 2 * HOUR).trace();
    const [finding] = findingsOf(check('MOVE-1', trace));
    expect(finding?.subjects).toMatchObject({ channels: ['email-1'], users: ['admin'], step: 2 });
    expect(finding?.actual).toMatch(/never completed/);
  });

  it('flags a run-until-idle that leaves the move running with the worker up', () => {
    const system = started();
    system.builder.step({ type: 'run-until-idle' });
    expect(check('MOVE-1', system.trace()).status).toBe('violated');
  });

  it('flags the worker silently pausing after a refused cancel', () => {
    const trace = stall(cancelRefused(started()), 3 * HOUR).trace();
    const verdict = check('MOVE-1', trace);
    expect(verdict.status).toBe('violated');
    expect(findingsOf(verdict).map((f) => f.subjects.step)).toEqual([2]);
  });

  it('is not exercised, saying why, when the trace did not advance past the bound', () => {
    const verdict = check('MOVE-1', stall(started(), HOUR).trace());
    expect(verdict.status).toBe('not-exercised');
    expect(verdict.status === 'not-exercised' && verdict.why).toMatch(/liveness not exercised.*email-1/);
  });

  it('passes a refused cancel but says liveness was not exercised when the clock stood still', () => {
    const verdict = check('MOVE-1', cancelRefused(started()).trace());
    expect(verdict.status).toBe('pass');
    expect(verdict.status === 'pass' && verdict.evidence).toMatch(/liveness not exercised/);
  });

  it('counts no time while the worker is down, and counts it again after the restart', () => {
    const down = stall(started().crash(), 5 * HOUR);
    expect(check('MOVE-1', down.trace()).status).toBe('not-exercised');
    const up = stall(down.restart(), 5 * HOUR);
    expect(findingsOf(check('MOVE-1', up.trace()))[0]?.subjects.step).toBe(4);
  });

  it('flags a move completed only after its bound had passed', () => {
    const trace = stall(started(), 3 * HOUR)
      .runUntilIdle()
      .trace();
    expect(findingsOf(check('MOVE-1', trace))[0]?.actual).toMatch(/completed only at step 2/);
  });
});

describe('MOVE-4 the starter leaving does not stall the move', () => {
  it('names the move that stalled after the progress page was left', () => {
    const trace = stall(started().leave('admin'), 3 * HOUR).trace();
    const [finding] = findingsOf(check('MOVE-4', trace));
    expect(finding?.expected).toMatch(/after the progress page was left at step 1/);
    expect(finding?.subjects).toMatchObject({ channels: ['email-1'], step: 2 });
  });

  it('passes when the move completes after the page was left', () =>
    expect(check('MOVE-4', started().leave('admin').runUntilIdle().trace()).status).toBe('pass'));

  it('leaves a stall without a leave to MOVE-1', () =>
    expect(check('MOVE-4', stall(started(), 3 * HOUR).trace()).status).toBe('not-exercised'));
});

describe('MOVE-6 and MOVE-2 once the bound has passed', () => {
  it('MOVE-6 names the channel not in help desk although its move was due', () => {
    const [finding] = findingsOf(check('MOVE-6', stall(started(), 3 * HOUR).trace()));
    expect(finding?.subjects).toMatchObject({ channels: ['email-1'], step: 1 });
    expect(finding?.actual).toMatch(/moving in the world after/);
  });

  it('MOVE-6 is not exercised while the move may still be running', () =>
    expect(check('MOVE-6', stall(started(), HOUR).trace()).status).toBe('not-exercised'));

  it('MOVE-2 names the arrival left in the inbox by a move that never completed', () => {
    const system = started().arrive(conversation('n1', 'email-1', { daysAgo: 0 }));
    const [finding] = findingsOf(check('MOVE-2', stall(system, 3 * HOUR).trace()));
    expect(finding?.subjects.conversations).toEqual(['n1']);
    expect(finding?.expected).toMatch(/should have completed/);
  });

  it('MOVE-2 does not judge the arrival while the move may still be running', () => {
    const system = started().arrive(conversation('n1', 'email-1', { daysAgo: 0 }));
    const verdict = check('MOVE-2', stall(system, HOUR).trace());
    expect(verdict.status).toBe('not-exercised');
    expect(verdict.status === 'not-exercised' && verdict.why).toMatch(/1 more arrived/);
  });
});
