// Duplicate delivery is idempotent on the reference system; and the checkers catch systems that
// lose or duplicate under the same faults (fault-specific wrappers in _faulty-systems.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command, RuleId, Script, SyncSystemFactory, World } from '../../domain/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { checkTrace } from '../../rules/index.ts';
import { playScript } from '../../harness/index.ts';
import { appendsDuplicates, losesInFlight, recreatesTickets } from './_faulty-systems.ts';
import { conversation, message, T0 } from '../support/fixtures.ts';
import { arrives, IDLE, replyArrives, startMove } from '../support/commands.ts';
import { inboxArbitrary, OPTIONS, outcome } from './_inbox.ts';

const START = startMove('email-1');
const arrival = (id: string): Command => arrives(conversation(id, 'email-1', { startedAt: T0 + 1 }));
const reply = (conversationId: string, id: string): Command =>
  replyArrives(conversationId, message(id, 'email-1', T0 + 2, { body: `reply ${id}` }));

const statusOf = (factory: SyncSystemFactory, world: World, script: Script, rule: RuleId): string =>
  checkTrace(playScript(factory, world, script, OPTIONS), [rule])[0]?.status ?? 'missing';

/** Where in the move a delivery happens: before the start, during the move, or after it. */
const phase = fc.constantFrom('before', 'during', 'after');
const placed = (when: string, commands: readonly Command[]): Script =>
  when === 'before'
    ? [...commands, START, IDLE]
    : when === 'during'
      ? [START, { type: 'advance', ms: 300 }, ...commands, IDLE]
      : [START, IDLE, ...commands];

/** The move, a crash `ms` into it and a restart at once, then the rest of the move. */
const crashAfter = (ms: number): Script => [
  START,
  { type: 'advance', ms },
  { type: 'worker-crash' },
  { type: 'worker-restart' },
  IDLE,
];

const nonEmpty = inboxArbitrary.filter((w) =>
  w.conversations.some((c) => c.channelHistory.at(-1) === 'email-1'),
);

/** Arrivals and replies put before the move, during it, or after it. */
function bucketed(
  arrivals: readonly Command[],
  arriveWhen: string,
  replies: readonly Command[],
  replyWhen: string,
): Script {
  const at = (when: string): Command[] => [
    ...(arriveWhen === when ? arrivals : []),
    ...(replyWhen === when ? replies : []),
  ];
  return [...at('before'), START, { type: 'advance', ms: 300 }, ...at('during'), IDLE, ...at('after')];
}

describe('duplicate delivery on the reference system', () => {
  it('a conversation delivered twice, or a reply delivered twice, changes nothing the second time', () => {
    fc.assert(
      fc.property(
        inboxArbitrary,
        phase,
        phase,
        fc.integer({ min: 2, max: 4 }),
        (world, arriveWhen, replyWhen, times) => {
          const target = world.conversations[0]?.id;
          const replies = (n: number): Command[] =>
            target === undefined ? [] : Array.from({ length: n }, () => reply(target, 'r1'));
          const arrivals = (n: number): Command[] => Array.from({ length: n }, () => arrival('n1'));
          const one = playScript(
            createReferenceSystem,
            world,
            bucketed(arrivals(1), arriveWhen, replies(1), replyWhen),
            OPTIONS,
          );
          const many = playScript(
            createReferenceSystem,
            world,
            bucketed(arrivals(times), arriveWhen, replies(times), replyWhen),
            OPTIONS,
          );
          for (const step of many.steps) expect(step.result.status).toBe('accepted');
          expect(outcome(many.after)).toEqual(outcome(one.after));
          // Arrival n1 always reaches the help desk (moved, or a NEW-1 ticket), so each is exercised.
          const verdicts = checkTrace(many, ['INV-1', 'INV-2', 'INV-3']);
          expect(verdicts.map((v) => [v.ruleId, v.status])).toEqual([
            ['INV-1', 'pass'],
            ['INV-2', 'pass'],
            ['INV-3', 'pass'],
          ]);
        },
      ),
      { numRuns: 200, seed: 3 },
    );
  });
});

describe('checkers catch systems that mishandle a fault', () => {
  it('a crash that loses the in-flight conversation violates INV-1', () => {
    let caught = 0;
    fc.assert(
      fc.property(nonEmpty, fc.integer({ min: 0, max: 2_000 }), (world, at) => {
        const script = crashAfter(at);
        const lostSomething = playScript(losesInFlight, world, script, OPTIONS).events.some(
          (e, i, all) =>
            e.type === 'worker-crashed' && all.slice(0, i).some((x) => x.type === 'conversation-moved'),
        );
        expect(statusOf(createReferenceSystem, world, script, 'INV-1')).toBe('pass');
        if (lostSomething) {
          caught += 1;
          expect(statusOf(losesInFlight, world, script, 'INV-1')).toBe('violated');
        }
      }),
      { numRuns: 100, seed: 5 },
    );
    expect(caught).toBeGreaterThan(30);
  });

  it('a restart that re-creates tickets violates INV-3', () => {
    let caught = 0;
    fc.assert(
      fc.property(nonEmpty, fc.integer({ min: 1, max: 2_000 }), (world, at) => {
        const script = crashAfter(at);
        const trace = playScript(recreatesTickets, world, script, OPTIONS);
        const movedBeforeRestart =
          trace.events.findIndex((e) => e.type === 'worker-restarted') >
          trace.events.findIndex((e) => e.type === 'conversation-moved');
        if (movedBeforeRestart) {
          caught += 1;
          expect(checkTrace(trace, ['INV-3'])[0]?.status).toBe('violated');
        }
      }),
      { numRuns: 100, seed: 6 },
    );
    expect(caught).toBeGreaterThan(30);
  });

  it('a duplicate delivery appended twice violates INV-1 (conversation) and INV-2 (reply)', () => {
    fc.assert(
      fc.property(nonEmpty, phase, (world, when) => {
        const target = world.conversations.find((c) => c.channelHistory.at(-1) === 'email-1')?.id ?? '';
        const conversationTwice = placed(when, [arrival('n1'), arrival('n1')]);
        const replyTwice = placed(when, [reply(target, 'r1'), reply(target, 'r1')]);
        expect(statusOf(createReferenceSystem, world, conversationTwice, 'INV-1')).toBe('pass');
        expect(statusOf(appendsDuplicates, world, conversationTwice, 'INV-1')).toBe('violated');
        expect(statusOf(createReferenceSystem, world, replyTwice, 'INV-2')).toBe('pass');
        expect(statusOf(appendsDuplicates, world, replyTwice, 'INV-2')).toBe('violated');
      }),
      { numRuns: 60, seed: 8 },
    );
  });
});
