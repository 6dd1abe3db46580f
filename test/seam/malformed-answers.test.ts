import { describe, expect, it } from 'vitest';
import type { SyncMigrationSystem, SyncSystemFactory } from '../../domain/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { parseScenario } from '../../scenarios/index.ts';
import { playScript, SystemFailure } from '../../harness/index.ts';
import { cli } from '../cli/fake-io.ts';

const SMALL = parseScenario(
  `
id: seam-small
title: A small move
targets: [HIST-2]
users: [{ id: admin, superAdmin: true }]
channels: [{ id: email-1, kind: email }]
conversations: [{ id: c1, channel: email-1 }, { id: c2, channel: email-1, status: closed }]
script:
  - start-move: { channel: email-1, by: admin, history: { open: New, closed: Closed } }
  - run-until-idle
`,
  'small.yaml',
);

/** The reference with one method's answer replaced (for step 2 on: the first observe is left alone). */
function answering(change: (inner: SyncMigrationSystem) => Partial<SyncMigrationSystem>): SyncSystemFactory {
  return (world, options) => {
    const inner = createReferenceSystem(world, options);
    return { ...inner, name: 'malformed', ...change(inner) };
  };
}

function failureOf(factory: SyncSystemFactory): SystemFailure {
  try {
    playScript(factory, SMALL.world, SMALL.script, SMALL.options);
  } catch (error) {
    if (error instanceof SystemFailure) return error;
    throw error;
  }
  throw new Error('expected a SystemFailure');
}

/** Every answer is validated at the seam: a malformed one names the step, the field path, expected and found. */
describe('malformed answers are system failures', () => {
  it('a result without a status', () => {
    const failure = failureOf(answering(() => ({ execute: () => ({}) as never })));
    expect(failure.message).toBe(
      'system "malformed" answered malformed at step 1 (start-move) in execute(): result.status: expected one of accepted, refused, invalid, found nothing (the field is missing)',
    );
    expect(failure.partialTrace?.steps).toEqual([]);
  });

  it('a refusal naming no known rule', () => {
    const failure = failureOf(
      answering(() => ({ execute: () => ({ status: 'refused', ruleId: 'ELIG-99', reason: 'no' }) as never })),
    );
    expect(failure.causeMessage).toMatch(/^result\.ruleId: expected one of ELIG-1, .*, found "ELIG-99"$/);
  });

  it('an observation whose clock is text', () => {
    let calls = 0;
    const failure = failureOf(
      answering((inner) => ({
        observe: () => (++calls === 1 ? inner.observe() : ({ ...inner.observe(), at: 'noon' } as never)),
      })),
    );
    expect(failure.step).toBe(1);
    expect(failure.causeMessage).toBe('observation.at: expected a number, found "noon"');
  });

  it('an event of an unknown type, named by its position in the log', () => {
    const failure = failureOf(
      answering((inner) => ({
        events: () =>
          [
            ...inner.events(),
            ...(inner.events().length > 0 ? [{ seq: 99, at: 0, type: 'oops' }] : []),
          ] as never,
      })),
    );
    expect(failure.message).toMatch(
      /answered malformed at step 1 \(start-move\) in events\(\): events\[\d+\]\.type: /,
    );
    expect(failure.causeMessage).toContain('found "oops"');
  });

  it('an event log that shrinks', () => {
    let calls = 0;
    const failure = failureOf(answering((inner) => ({ events: () => (++calls > 2 ? [] : inner.events()) })));
    expect(failure.causeMessage).toMatch(
      /^events: expected an append-only log of at least \d+ events \(as read before\), found 0$/,
    );
  });

  it('a factory that makes something without the methods', () => {
    const failure = failureOf((() => ({ name: 'half', execute: () => ({ status: 'accepted' }) })) as never);
    expect(failure.message).toBe(
      'system "system" answered malformed while starting in the factory: system.world: expected a method, found nothing (the field is missing)',
    );
  });

  it('through the CLI: a world without channelHistory is a failed scenario (exit 1), not an internal error', async () => {
    const { code, stdout, stderr } = await cli([
      'run',
      'scenarios/suite/hist-2-new-tickets.yaml',
      '--system',
      'test/seam/fixtures/malformed-world.ts',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /system "malformed-world" answered malformed at step \d+ \([a-z-]+\) in world\(\): world\.conversations\[0\]\.channelHistory: expected a list, found nothing \(the field is missing\)/,
    );
  });
});
