import { describe, expect, it } from 'vitest';
import { cli } from './fake-io.ts';

/** Bad usage: one line on stderr naming the option, what was expected and what was found; exit 2. */
describe('usage errors', () => {
  const oneLine = (text: string): void => {
    expect(text.trimEnd().split('\n')).toHaveLength(1);
    expect(text).not.toMatch(/\n\s+at /);
  };

  // Each: the argv, and what stderr must say: a fragment (a string) or a shape (a RegExp).
  it.each<[string, string[], (string | RegExp)[]]>([
    [
      'refuses an unknown policy, listing the valid ones',
      ['run', '--policy', 'OPEN-99=x'],
      [
        "'--policy <OPEN-n=value>' argument 'OPEN-99=x' is invalid",
        'OPEN-1, OPEN-2, OPEN-3, OPEN-4, OPEN-5, OPEN-6, OPEN-7, OPEN-8, OPEN-9',
      ],
    ],
    [
      'refuses a policy value that is not one of the policy values',
      ['run', '--policy', 'OPEN-1=maybe'],
      ['OPEN-1= one of: keep-owner, unassign'],
    ],
    [
      'refuses an unknown profile, listing the profiles',
      ['run', '--profile', '1999'],
      ["argument '1999' is invalid", '2024-01-29, 2024-04-12, 2024-09-26, 2025-03-14, 2025-05-28'],
    ],
    [
      'refuses an unknown reporter, listing the reporters',
      ['run', '--reporter', 'pdf'],
      ["'--reporter <names...>' argument 'pdf' is invalid", /console, json, junit/],
    ],
    ['refuses unknown rule IDs in --only', ['run', '--only', 'MOVE-7,MOVE-99'], ['unknown: MOVE-99']],
    [
      'names an unknown option and the options that exist',
      ['run', '--colour'],
      ["unknown option '--colour' of 'run'; expected one of: --system, --step-timeout, --profile"],
    ],
    [
      'names an unknown command and the commands that exist',
      ['rulez'],
      [/^error: unknown command 'rulez'/, 'expected one of: run, rules, preview, import, profiles'],
    ],
    [
      'refuses a bad profile as a diff argument',
      ['profiles', 'diff', '2024-04-12', 'tomorrow'],
      ["'tomorrow'"],
    ],
  ])('%s', async (_title, argv, says) => {
    const { code, stderr, stdout } = await cli(argv);
    expect(code).toBe(2);
    oneLine(stderr);
    for (const said of says)
      expect(stderr).toEqual(
        typeof said === 'string' ? expect.stringContaining(said) : expect.stringMatching(said),
      );
    expect(stdout).toBe('');
  });

  it('refuses a bad choice for --format and --history', async () => {
    const format = await cli(['rules', '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("argument 'xml' is invalid. Expected one of: table, json.");
    const history = await cli(['preview', '--history', 'some']);
    expect(history.code).toBe(2);
    expect(history.stderr).toContain('Expected one of: all, none.');
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
