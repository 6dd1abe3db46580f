import { describe, expect, it } from 'vitest';
import type { Command, CommandResult, SyncSystemFactory } from '../../domain/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { BUILTIN_SUITE_DIR, loadScenarios } from '../../scenarios/index.ts';
import { judgeExploreRuns, judgeScenario } from './oracle.ts';

/**
 * The reference system, except that an `invalid` answer about an unknown user comes back as `{}`:
 * a mutant of account-commands.ts that survived while explore's system failures (a failing run with
 * no violated rule) read as passes to the oracle.
 */
const emptiesUnknownUserAnswers: SyncSystemFactory = (world, options) => {
  const system = createReferenceSystem(world, options);
  return {
    name: 'empties-unknown-user-answers',
    execute(command: Command): CommandResult {
      const result = system.execute(command);
      const unknownUser = result.status === 'invalid' && result.reason.includes('unknown user');
      return unknownUser ? ({} as CommandResult) : result;
    },
    world: () => system.world(),
    observe: () => system.observe(),
    events: () => system.events(),
  };
};

/** The reference system, except that its event log comes back malformed once anything was logged. */
const garblesItsLog: SyncSystemFactory = (world, options) => {
  const system = createReferenceSystem(world, options);
  return {
    name: 'garbles-its-log',
    execute: (command: Command) => system.execute(command),
    world: () => system.world(),
    observe: () => system.observe(),
    events: () => system.events().map((event) => ({ ...event, seq: -1 })),
  };
};

/** The reference system, except that it throws on a worker restart. */
const throwsOnRestart: SyncSystemFactory = (world, options) => {
  const system = createReferenceSystem(world, options);
  return {
    name: 'throws-on-restart',
    execute(command: Command): CommandResult {
      if (command.type === 'worker-restart') throw new Error('restart failed');
      return system.execute(command);
    },
    world: () => system.world(),
    observe: () => system.observe(),
    events: () => system.events(),
  };
};

describe('the mutation oracle', () => {
  it('counts a throw in a built-in scenario as INV-8 violated in that scenario', () => {
    const crash = loadScenarios([BUILTIN_SUITE_DIR]).find((s) => s.ref.id === 'inv-3-crash-mid-move');
    if (crash === undefined) throw new Error('the suite has no inv-3-crash-mid-move');
    expect(judgeScenario(crash, throwsOnRestart)).toEqual({
      kind: 'violated',
      message: 'INV-8 violated in scenario inv-3-crash-mid-move',
    });
  });

  it('counts a malformed answer to a request in an explore run as INV-8 violated, naming the run', () => {
    const failure = judgeExploreRuns(emptiesUnknownUserAnswers, 0, 100);
    expect(failure?.kind).toBe('violated');
    expect(failure?.message).toMatch(
      /^INV-8 violated in explore run \d+ \(seed 42; replay: explore --seed \d+ --runs 1\)/,
    );
  });

  it('counts a malformed answer outside a request (the event log) as a crash, naming the answer', () => {
    const failure = judgeExploreRuns(garblesItsLog, 0, 100);
    expect(failure?.kind).toBe('crashed');
    expect(failure?.message).toMatch(/explore run \d+ \(seed 42\).*malformed.*events\(\)/);
  });

  it('passes the reference on the same runs', () => {
    expect(judgeExploreRuns(createReferenceSystem, 0, 100)).toBeNull();
  });
});
