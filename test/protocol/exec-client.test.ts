// The exec: client contains a misbehaving system: every misbehaviour is a clear system failure
// (naming the op, and the field, the exit code and stderr, or the timeout), never a crash or a hang.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SystemFactory } from '../../domain/index.ts';
import { execSystemFactory } from '../../protocol/exec-factory.ts';
import { BUILTIN_SUITE_DIR, loadScenarioFile } from '../../scenarios/index.ts';
import { playScript, SystemFailure } from '../../harness/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = 'test/protocol/fixtures/misbehaving-system.ts';
const scenario = loadScenarioFile(join(BUILTIN_SUITE_DIR, 'hist-2-new-tickets.yaml'));
const misbehaving = (mode: string, op: string): string =>
  `"${process.execPath}" --import tsx ${FIXTURE} ${mode} ${op}`;

/** The play's failure (it must fail), after the factory is disposed. */
async function failureOf(factory: SystemFactory, stepTimeoutMs = 30_000): Promise<SystemFailure> {
  try {
    await playScript(factory, scenario.world, scenario.script, scenario.options, { stepTimeoutMs });
  } catch (error) {
    if (error instanceof SystemFailure) return error;
    throw error;
  }
  throw new Error('the play did not fail');
}

/** Children of this process still around (alive or zombie), by command line. */
function children(): string[] {
  const out = execFileSync('ps', ['-o', 'stat=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes(FIXTURE));
}

describe('exec: client against a misbehaving system', () => {
  it('plays a well-behaved system to the end, and leaves no process behind after dispose', async () => {
    const factory = await execSystemFactory(misbehaving('none', 'execute'), { cwd: ROOT });
    const trace = await playScript(factory, scenario.world, scenario.script, scenario.options);
    expect(trace.steps).toHaveLength(scenario.script.length);
    expect(trace.events.length).toBeGreaterThan(0);
    expect(children()).not.toEqual([]);
    await factory.dispose?.();
    expect(children()).toEqual([]);
  });

  // Each: the misbehaviour and the op it strikes at, what the failure must say, and at which step.
  it.each<[string, string, string, (string | RegExp)[], number]>([
    [
      'an answer that is not JSON: names the op and shows the line',
      'not-json',
      'execute',
      ['execute: the answer is not JSON', '"this is not JSON"'],
      1,
    ],
    [
      'an answer with the wrong id: expected and found',
      'wrong-id',
      'observe',
      [/observe: the answer's id: expected \d+, found \d+/],
      0,
    ],
    [
      'an answer that breaks the schema: the field path, expected and found',
      'bad-schema',
      'execute',
      [
        `execute: the answer's result.result.status: expected "accepted" | "refused" | "invalid", found "maybe"`,
      ],
      1,
    ],
    [
      'an error answer: the op and the system message',
      'error',
      'world',
      ['world: the system answered with an error: database unreachable'],
      1,
    ],
    [
      'a process that exits early (code 0, no answer): a system failure, not a hang',
      'exits-early',
      'init',
      ['init: the system process exited with code 0'],
      0,
    ],
  ])('%s', async (_title, mode, op, says, step) => {
    const factory = await execSystemFactory(misbehaving(mode, op), { cwd: ROOT });
    const failure = await failureOf(factory);
    await factory.dispose?.();
    for (const said of says)
      expect(failure.message).toEqual(
        typeof said === 'string' ? expect.stringContaining(said) : expect.stringMatching(said),
      );
    expect(failure.step).toBe(step);
  });

  it('a process that dies: its exit code and the last 20 lines of its stderr; restarted for the next play', async () => {
    const factory = await execSystemFactory(misbehaving('dies', 'execute'), { cwd: ROOT });
    const first = await failureOf(factory);
    const second = await failureOf(factory);
    await factory.dispose?.();
    for (const failure of [first, second]) {
      expect(failure.message).toContain('execute: the system process exited with code 3');
      expect(failure.message).toContain('fatal: out of coffee');
      expect(failure.message).toContain('log line 25');
      expect(failure.message).not.toContain('log line 5\n');
    }
    expect(children()).toEqual([]);
  });

  it('a process that hangs: "no answer to <op> within N ms", killed, and restarted for the next play', async () => {
    // The first answer of a fresh process may take its start-up time; the others only 1 s here.
    const factory = await execSystemFactory(misbehaving('hangs', 'execute'), {
      cwd: ROOT,
      stepTimeoutMs: 1000,
    });
    const started = performance.now();
    const first = await failureOf(factory);
    const second = await failureOf(factory);
    expect(performance.now() - started).toBeLessThan(40_000);
    await factory.dispose?.();
    for (const failure of [first, second]) {
      expect(failure.message).toContain('no answer to execute within 1000 ms');
    }
    expect(children()).toEqual([]);
  });

  it('a command that cannot answer hello is bad input naming the command and why', async () => {
    await expect(execSystemFactory('exit 7', { cwd: ROOT })).rejects.toThrow(
      /exec:exit 7: expected a command that speaks the inbox-move-sim protocol .* found hello: the system process exited with code 7/,
    );
  });
});
