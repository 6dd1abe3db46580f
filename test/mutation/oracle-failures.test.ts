import { describe, expect, it } from 'vitest';
import type { Command, CommandResult, SyncSystemFactory } from '../../domain/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { judgeExploreRuns } from './oracle.ts';

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

describe('the mutation oracle', () => {
  it('counts a malformed answer in an explore run as a crash, naming the run and the answer', () => {
    const failure = judgeExploreRuns(emptiesUnknownUserAnswers, 0, 100);
    expect(failure?.kind).toBe('crashed');
    expect(failure?.message).toMatch(/explore run \d+ \(seed 42\).*malformed.*result\.status/);
  });

  it('passes the reference on the same runs', () => {
    expect(judgeExploreRuns(createReferenceSystem, 0, 100)).toBeNull();
  });
});
