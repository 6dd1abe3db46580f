import { describe, expect, it } from 'vitest';
import { cli } from './fake-io.ts';

/** Bad usage: one line on stderr naming the option, what was expected and what was found; exit 2. */
describe('usage errors', () => {
  const oneLine = (text: string): void => {
    expect(text.trimEnd().split('\n')).toHaveLength(1);
    expect(text).not.toMatch(/\n\s+at /);
  };

  it('refuses an unknown policy, listing the valid ones', async () => {
    const { code, stderr, stdout } = await cli(['run', '--policy', 'OPEN-99=x']);
    expect(code).toBe(2);
    oneLine(stderr);
    expect(stderr).toContain("'--policy <OPEN-n=value>' argument 'OPEN-99=x' is invalid");
    expect(stderr).toContain('OPEN-1, OPEN-2, OPEN-3, OPEN-4, OPEN-5, OPEN-6, OPEN-7, OPEN-8, OPEN-9');
    expect(stdout).toBe('');
  });

  it('refuses a policy value that is not one of the policy values', async () => {
    const { code, stderr } = await cli(['run', '--policy', 'OPEN-1=maybe']);
    expect(code).toBe(2);
    oneLine(stderr);
    expect(stderr).toContain('OPEN-1= one of: keep-owner, unassign');
  });

  it('refuses an unknown profile, listing the profiles', async () => {
    const { code, stderr } = await cli(['run', '--profile', '1999']);
    expect(code).toBe(2);
    oneLine(stderr);
    expect(stderr).toContain("argument '1999' is invalid");
    expect(stderr).toContain('2024-01-29, 2024-04-12, 2024-09-26, 2025-03-14, 2025-05-28');
  });

  it('refuses an unknown reporter, listing the reporters', async () => {
    const { code, stderr } = await cli(['run', '--reporter', 'pdf']);
    expect(code).toBe(2);
    oneLine(stderr);
    expect(stderr).toContain("'--reporter <names...>' argument 'pdf' is invalid");
    expect(stderr).toMatch(/console, json, junit/);
  });

  it('refuses unknown rule IDs in --only', async () => {
    const { code, stderr } = await cli(['run', '--only', 'MOVE-7,MOVE-99']);
    expect(code).toBe(2);
    oneLine(stderr);
    expect(stderr).toContain('unknown: MOVE-99');
  });

  it('names an unknown option and the options that exist', async () => {
    const { code, stderr } = await cli(['run', '--colour']);
    expect(code).toBe(2);
    oneLine(stderr);
    expect(stderr).toContain(
      "unknown option '--colour' of 'run'; expected one of: --system, --step-timeout, --profile",
    );
  });

  it('names an unknown command and the commands that exist', async () => {
    const { code, stderr } = await cli(['rulez']);
    expect(code).toBe(2);
    oneLine(stderr);
    expect(stderr).toMatch(/^error: unknown command 'rulez'/);
    expect(stderr).toContain('expected one of: run, rules, preview, import, profiles');
  });

  it('refuses a bad choice for --format and --history', async () => {
    const format = await cli(['rules', '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("argument 'xml' is invalid. Expected one of: table, json.");
    const history = await cli(['preview', '--history', 'some']);
    expect(history.code).toBe(2);
    expect(history.stderr).toContain('Expected one of: all, none.');
  });

  it('refuses a bad profile as a diff argument', async () => {
    const { code, stderr } = await cli(['profiles', 'diff', '2024-04-12', 'tomorrow']);
    expect(code).toBe(2);
    oneLine(stderr);
    expect(stderr).toContain("'tomorrow'");
  });

  it('refuses a missing option value and extra arguments', async () => {
    const missing = await cli(['run', '--profile']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("option '--profile <id>' argument missing");
    const extra = await cli(['rules', 'MOVE-7']);
    expect(extra.code).toBe(2);
    oneLine(extra.stderr);
  });
});
