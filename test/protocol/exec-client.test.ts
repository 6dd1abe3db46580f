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

  it('an answer that is not JSON: names the op and shows the line', async () => {
    const factory = await execSystemFactory(misbehaving('not-json', 'execute'), { cwd: ROOT });
    const failure = await failureOf(factory);
    await factory.dispose?.();
    expect(failure.message).toContain('execute: the answer is not JSON');
    expect(failure.message).toContain('"this is not JSON"');
    expect(failure.step).toBe(1);
  });

  it('an answer with the wrong id: expected and found', async () => {
    const factory = await execSystemFactory(misbehaving('wrong-id', 'observe'), { cwd: ROOT });
    const failure = await failureOf(factory);
    await factory.dispose?.();
    expect(failure.message).toMatch(/observe: the answer's id: expected \d+, found \d+/);
    expect(failure.step).toBe(0);
  });

  it('an answer that breaks the schema: the field path, expected and found', async () => {
    const factory = await execSystemFactory(misbehaving('bad-schema', 'execute'), { cwd: ROOT });
    const failure = await failureOf(factory);
    await factory.dispose?.();
    expect(failure.message).toContain(
      `execute: the answer's result.result.status: expected "accepted" | "refused" | "invalid", found "maybe"`,
    );
  });

  it('an error answer: the op and the system message', async () => {
    const factory = await execSystemFactory(misbehaving('error', 'world'), { cwd: ROOT });
    const failure = await failureOf(factory);
    await factory.dispose?.();
    expect(failure.message).toContain('world: the system answered with an error: database unreachable');
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

  it('a process that exits early (code 0, no answer): a system failure, not a hang', async () => {
    const factory = await execSystemFactory(misbehaving('exits-early', 'init'), { cwd: ROOT });
    const failure = await failureOf(factory);
    await factory.dispose?.();
    expect(failure.message).toContain('init: the system process exited with code 0');
    expect(failure.step).toBe(0);
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
