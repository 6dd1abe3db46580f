// The reference system survives a worker crash and restart at any point of a move, repeatedly:
// nothing lost or duplicated, and the outcome equals the same move without crashes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command, Script, SyncSystemFactory, World } from '../../domain/index.ts';
import { createReferenceSystemWith, DEFAULT_TIMING } from '../../machines/index.ts';
import { checkTrace } from '../../rules/index.ts';
import { playScript } from '../../harness/index.ts';
import { conversation, message, T0 } from '../support/fixtures.ts';
import { arrives, replyArrives, startMove } from '../support/commands.ts';
import { inboxArbitrary, notifications, OPTIONS, outcome } from './_inbox.ts';

// History "all", New for open ones: the same status an arrival gets after the move (NEW-1), so that
// timing does not matter.
const START = startMove('email-1');
const GUARDED = ['INV-1', 'INV-2', 'INV-3', 'MOVE-7'] as const;
let crashPoints = 0;

/** Small batches, so that a move of a few dozen conversations has many batch boundaries. */
const factoryFor = (batchSize: number): SyncSystemFactory =>
  createReferenceSystemWith({ ...DEFAULT_TIMING, batchSize });

/** One thing happening during the move: time passing, traffic, or a crash (down for `gap` ms). */
type Op =
  | { kind: 'advance'; ms: number }
  | { kind: 'crash'; gap: number }
  | { kind: 'arrive'; n: number }
  | { kind: 'reply'; target: number; n: number };

const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 400 }).map((ms) => ({ kind: 'advance' as const, ms })) },
  {
    weight: 3,
    arbitrary: fc.integer({ min: 0, max: 5_000 }).map((gap) => ({ kind: 'crash' as const, gap })),
  },
  { weight: 1, arbitrary: fc.nat().map((n) => ({ kind: 'arrive' as const, n })) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.nat(), fc.nat()).map(([target, n]) => ({ kind: 'reply' as const, target, n })),
  },
);

/** The script with crashes, and the same script without them (the crash gap still passes). */
function scripts(world: World, ops: readonly Op[]): { faulty: Script; steady: Script } {
  const faulty: Command[] = [START];
  const steady: Command[] = [START];
  ops.forEach((op, i) => {
    if (op.kind === 'crash') {
      faulty.push({ type: 'worker-crash' }, { type: 'advance', ms: op.gap }, { type: 'worker-restart' });
      return;
    }
    const command: Command =
      op.kind === 'advance'
        ? { type: 'advance', ms: op.ms }
        : op.kind === 'arrive'
          ? arrives(conversation(`new-${i}`, 'email-1', { startedAt: T0 + i }))
          : replyArrives(
              world.conversations[op.target % Math.max(1, world.conversations.length)]?.id ?? `new-${i}`,
              message(`reply-${i}`, 'email-1', T0 + i, { body: `reply ${i}` }),
            );
    faulty.push(command);
    steady.push(command);
  });
  const end: Command = { type: 'run-until-idle' };
  return { faulty: [...faulty, end], steady: [...steady, end] };
}

function expectSameOutcome(factory: SyncSystemFactory, world: World, faulty: Script, steady: Script): void {
  const crashed = playScript(factory, world, faulty, OPTIONS);
  const clean = playScript(factory, world, steady, OPTIONS);
  for (const verdict of checkTrace(crashed, [...GUARDED])) {
    expect(verdict.status, `${verdict.ruleId}: ${JSON.stringify(verdict).slice(0, 400)}`).not.toBe(
      'violated',
    );
    // With something moved, the invariants were exercised and must pass (an empty move is vacuous).
    if (verdict.ruleId !== 'MOVE-7' && crashed.events.some((e) => e.type === 'conversation-moved'))
      expect(verdict.status).toBe('pass');
  }
  expect(crashed.after.channels.find((c) => c.id === 'email-1')?.location).toBe('help-desk');
  expect(outcome(crashed.after)).toEqual(outcome(clean.after));
  expect(notifications(crashed.events, crashed.after)).toEqual(notifications(clean.events, clean.after));
}

describe('worker crash and restart at any point of a move', () => {
  it('at random advance sizes, several crashes, traffic meanwhile: same outcome as without crashes', () => {
    fc.assert(
      fc.property(
        inboxArbitrary,
        fc.integer({ min: 1, max: 7 }),
        fc.array(opArbitrary, { maxLength: 25 }),
        (world, batch, ops) => {
          crashPoints += ops.filter((op) => op.kind === 'crash').length;
          const { faulty, steady } = scripts(world, ops);
          expectSameOutcome(factoryFor(batch), world, faulty, steady);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  it('after every k-th batch and at every 97 ms of a move, each point crashed in turn', () => {
    fc.assert(
      fc.property(inboxArbitrary, fc.integer({ min: 1, max: 5 }), (world, batch) => {
        const factory = factoryFor(batch);
        const steady = playScript(factory, world, [START, { type: 'run-until-idle' }], OPTIONS);
        const done = steady.events.find((e) => e.type === 'move-completed')?.at ?? T0;
        // Every batch boundary (a progress step of the move) and a regular grid in between.
        const boundaries = steady.events.filter((e) => e.type === 'conversation-moved').map((e) => e.at - T0);
        const points = [
          ...new Set([
            0,
            ...boundaries,
            ...Array.from({ length: Math.ceil((done - T0) / 97) }, (_, i) => i * 97),
          ]),
        ];
        for (const at of points) {
          crashPoints += 1;
          const faulty: Script = [
            START,
            { type: 'advance', ms: at },
            { type: 'worker-crash' },
            { type: 'advance', ms: 1_000 },
            { type: 'worker-restart' },
            { type: 'run-until-idle' },
          ];
          expectSameOutcome(factory, world, faulty, [START, { type: 'run-until-idle' }]);
        }
      }),
      { numRuns: 40, seed: 11 },
    );
  });

  it('tried many crash points', () => {
    expect(crashPoints).toBeGreaterThan(1_000);
  });
});
