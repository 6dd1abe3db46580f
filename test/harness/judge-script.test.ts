import { describe, expect, it } from 'vitest';
import type { SyncSystemFactory } from '../../domain/index.ts';
import { judge } from '../../explore/index.ts';
import { drive, isThenable, judgeScript, runScenario, SystemFailure } from '../../harness/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { checkTrace } from '../../rules/index.ts';
import { drifting, SMALL } from './_small-scenario.ts';

/** The reference system, except that the `n`th system it makes (1-based) throws at its first command. */
function failingPlay(n: number): { factory: SyncSystemFactory; made: () => number } {
  let made = 0;
  const factory: SyncSystemFactory = (world, options) => {
    made += 1;
    const system = createReferenceSystem(world, options);
    if (made !== n) return system;
    return {
      ...system,
      name: 'flaky',
      execute: () => {
        throw new Error(`play ${n} broke`);
      },
    };
  };
  return { factory, made: () => made };
}

const judgeSmall = (factory: SyncSystemFactory) =>
  drive(judgeScript(factory, SMALL.world, SMALL.script, SMALL.options));

describe('judgeScript', () => {
  it('judges a synchronous system synchronously: every rule in catalogue order, INV-5 from two plays', () => {
    const judged = judgeSmall(createReferenceSystem);
    expect(isThenable(judged)).toBe(false);
    if (isThenable(judged)) return;
    expect(judged.failure).toBeNull();
    expect(judged.verdicts.map((v) => v.ruleId)).toEqual(checkTrace(judged.trace).map((v) => v.ruleId));
    expect(judged.verdicts.find((v) => v.ruleId === 'INV-5')?.status).toBe('pass');
  });

  it('violates INV-5 when the second play differs', () => {
    const judged = judgeSmall(drifting());
    if (isThenable(judged)) throw new Error('expected a synchronous judgement');
    expect(judged.verdicts.find((v) => v.ruleId === 'INV-5')?.status).toBe('violated');
  });

  it('returns a failure of the first play with its partial trace judged, and plays no second time', () => {
    const { factory, made } = failingPlay(1);
    const judged = judgeSmall(factory);
    if (isThenable(judged)) throw new Error('expected a synchronous judgement');
    expect(judged.failure).toBeInstanceOf(SystemFailure);
    expect(judged.failure?.message).toBe(
      'system "flaky" threw at step 1 (start-move) in execute(): play 1 broke',
    );
    expect(judged.trace.steps).toHaveLength(0);
    expect(made()).toBe(1);
    expect(judged.verdicts.length).toBeGreaterThan(0);
  });

  it('says INV-5 was not exercised when only the second play fails, and returns that failure', () => {
    const judged = judgeSmall(failingPlay(2).factory);
    if (isThenable(judged)) throw new Error('expected a synchronous judgement');
    expect(judged.failure?.message).toMatch(/play 2 broke$/);
    expect(judged.verdicts.find((v) => v.ruleId === 'INV-5')).toEqual({
      ruleId: 'INV-5',
      status: 'not-exercised',
      why: `the second play failed: ${judged.failure?.message}`,
    });
    expect(judged.trace.steps).toHaveLength(SMALL.script.length);
  });
});

describe('the two users of judgeScript agree', () => {
  it('runScenario and explore’s judge give the same verdicts (explore lists INV-5 last)', () => {
    for (const make of [() => createReferenceSystem, drifting]) {
      const { result } = runScenario(SMALL, { factory: make() });
      const judgement = judge(make(), SMALL, SMALL.options);
      const inv5Last = [
        ...result.verdicts.filter((v) => v.ruleId !== 'INV-5'),
        ...result.verdicts.filter((v) => v.ruleId === 'INV-5'),
      ];
      expect(judgement.verdicts).toEqual(inv5Last);
    }
  });

  it('runScenario reports a system failure as a failed result, explore’s judge throws it', () => {
    const { result } = runScenario(SMALL, { factory: failingPlay(2).factory });
    expect(result.outcome).toBe('fail');
    expect(result.verdicts.find((v) => v.ruleId === 'INV-5')?.status).toBe('not-exercised');
    expect(() => judge(failingPlay(2).factory, SMALL, SMALL.options)).toThrow(/play 2 broke$/);
    expect(() => judge(failingPlay(1).factory, SMALL, SMALL.options)).toThrow(SystemFailure);
  });
});
