import { describe, expect, it } from 'vitest';
import { cli } from './fake-io.ts';

const SCENARIO = 'test/cli/fixtures/notifications-off.yaml';

/** `--system <module>`: a plug-in of the wrong shape is bad input (2); one that throws fails its scenarios (1). */
describe('--system plug-ins', () => {
  it('exits 2 for a missing module, naming the path and what was expected', async () => {
    const { code, stderr } = await cli(['run', SCENARIO, '--system', 'plugins/nowhere.ts']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'error: plugins/nowhere.ts: expected a module (.ts, .js or .mjs) whose default export is a SystemFactory (world, options) => system, found no such file\n',
    );
  });

  it('exits 2 for a module without a default export', async () => {
    const { code, stderr } = await cli(['run', SCENARIO, '--system', 'test/cli/fixtures/no-default.ts']);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'test/cli/fixtures/no-default.ts: default export: expected a SystemFactory function',
    );
    expect(stderr).toContain('found nothing (no default export)');
  });

  it('exits 2 for a factory whose system lacks methods, naming them', async () => {
    const { code, stderr } = await cli(['run', SCENARIO, '--system', 'test/cli/fixtures/bad-shape.ts']);
    expect(code).toBe(2);
    expect(stderr).toContain('methods execute, world, observe, events');
    expect(stderr).toContain('found a system without world, observe, events');
  });

  it('exits 2 for a file that is not a module', async () => {
    const { code, stderr } = await cli(['run', SCENARIO, '--system', SCENARIO]);
    expect(code).toBe(2);
    expect(stderr).toContain('found a .yaml extension');
  });

  it('exits 1 with a failed scenario naming the system when its factory throws (a system failure, not a crash)', async () => {
    const { code, stdout, stderr } = await cli([
      'run',
      SCENARIO,
      '--system',
      'test/cli/fixtures/throwing-system.ts',
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain('✗ FAIL');
    expect(stdout).toContain('threw while starting in the factory: plug-in exploded on purpose');
  });

  it('shows the stack of an internal error with DEBUG=inbox-move-sim', async () => {
    // An internal error of the harness itself: its own output breaks.
    const broken = (): void => {
      throw new Error('stdout is gone');
    };
    const { code, stderr } = await cli(['run', SCENARIO], {
      env: { DEBUG: 'inbox-move-sim' },
      stdout: broken,
    });
    expect(code).toBe(3);
    expect(stderr).toContain('internal error: stdout is gone');
    expect(stderr).toMatch(/\n\s+at /);
  });

  it('accepts "reference" as the reference system', async () => {
    expect((await cli(['run', SCENARIO, '--system', 'reference'])).code).toBe(0);
  });
});
