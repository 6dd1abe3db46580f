import { describe, expect, it } from 'vitest';
import type { Message, SyncSystemFactory, World } from '../../domain/index.ts';
import { DEFAULT_POLICIES, DEFAULT_PROFILE } from '../../domain/index.ts';
import { benchScript, benchWorld } from '../../bench/size-run.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { playScript, SystemFailure } from '../../harness/index.ts';
import { checkTrace } from '../../rules/index.ts';

const options = { policies: DEFAULT_POLICIES, profile: DEFAULT_PROFILE };

/** The reference, after `touch` has done what a plug-in might to the world it is given. */
function touching(name: string, touch: (world: World) => World): SyncSystemFactory {
  const factory: SyncSystemFactory = (world, opts) => ({
    ...createReferenceSystem(touch(world), opts),
    name,
  });
  Object.defineProperty(factory, 'name', { value: name });
  return factory;
}

function failureOf(factory: SyncSystemFactory, world: World): SystemFailure {
  const { script } = benchScript(world);
  try {
    playScript(factory, world, script, options);
  } catch (error) {
    if (error instanceof SystemFailure) return error;
    throw error;
  }
  throw new Error('expected a SystemFailure');
}

describe('the message lists of a generated world (columns behind read-only arrays)', () => {
  const world = benchWorld(200);

  it('are copied by spread, slice or JSON, and the copy plays as the original', () => {
    const byJson = touching('json-copy', (w) => JSON.parse(JSON.stringify(w)) as World);
    const bySpread = touching('spread-copy', (w) => ({
      ...w,
      conversations: w.conversations.map((c) => ({
        ...c,
        messages: [...c.messages.slice(0, 1), ...c.messages.slice(1)],
      })),
    }));
    const { script } = benchScript(world);
    const reference = checkTrace(playScript(createReferenceSystem, world, script, options));
    for (const factory of [byJson, bySpread]) {
      const verdicts = checkTrace(playScript(factory, world, script, options));
      expect(verdicts.map((v) => [v.ruleId, v.status])).toEqual(reference.map((v) => [v.ruleId, v.status]));
    }
  });

  it('refuse structuredClone: the failure is the system’s, and its message says why and what to do', () => {
    const failure = failureOf(
      touching('cloner', (w) => structuredClone(w)),
      world,
    );
    expect(failure.message).toContain('system "cloner" threw while starting');
    expect(failure.message).toContain('could not be cloned');
    expect(failure.message).toContain('copy them with spread, slice or JSON');
  });

  it('refuse writes, with the same explanation', () => {
    const pusher = touching('pusher', (w) => {
      (w.conversations[0]?.messages as Message[]).push({ ...(w.conversations[0]?.messages[0] as Message) });
      return w;
    });
    const failure = failureOf(pusher, world);
    expect(failure.message).toContain("'set' on proxy");
    expect(failure.message).toContain('views that refuse writes, freezing and structuredClone');
    expect(world.conversations[0]?.messages.length).toBe(benchWorld(200).conversations[0]?.messages.length);
  });

  it('refuse to be frozen (a deep freeze of the world), with the same explanation', () => {
    const freeze = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return;
      for (const inner of Object.values(value)) freeze(inner);
      Object.freeze(value);
    };
    const failure = failureOf(
      touching('freezer', (w) => {
        freeze(w.conversations[0]);
        return w;
      }),
      benchWorld(200),
    );
    expect(failure.message).toContain("'preventExtensions' on proxy");
    expect(failure.message).toContain('views that refuse writes, freezing and structuredClone');
  });

  it('leave other errors as they were thrown', () => {
    const failure = failureOf(
      touching('other', () => {
        throw new TypeError('something else');
      }),
      world,
    );
    expect(failure.message).toMatch(/: something else$/);
  });
});
