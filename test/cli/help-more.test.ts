import { describe, expect, it } from 'vitest';
import { cli } from './fake-io.ts';

/** Usage text of the other commands, pinned (help.test.ts has the program, run and rules). */
describe('--help of preview, profiles and the rest', () => {
  it('shows preview', async () => {
    const { code, stdout } = await cli(['preview', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatchInlineSnapshot(`
      "Usage: inbox-move-sim preview [options]

      Play a planned move on a copy of an inbox and show what would happen, with the ADV-1..5 warnings.

      Options:
        --inbox <file>                a scenario file whose world is the inbox (YAML or JSON); default: a
                                      generated one
        --from-export <folder>        an export of the Conversations API as the inbox (docs/IMPORT.md)
        --seed <n>                    seed of the generated inbox (default: 42)
        --conversations <n>           conversations in the generated inbox (default 1000)
        --users <n>                   users in the generated inbox (default 25)
        --closed-share <share>        share of closed conversations, 0..1
        --ticket-share <share>        share of conversations that already have a ticket, 0..1
        --owner-access-share <share>  share of owners with help desk access, 0..1
        --tier <tier>                 Service Hub tier (free, starter, pro, enterprise)
        --no-beta                     the account is not enrolled in the help desk beta
        --no-notifications            notifications are turned off before the move
        --no-slas                     no help desk SLAs are configured
        --channel <id>                the channel to move (default: the biggest movable channel)
        --history <choice>            all or none (default: "all")
        --open-status <status>        ticket status for open conversations (default: first pipeline
                                      status)
        --closed-status <status>      ticket status for closed conversations (default: Closed)
        --system <module>             system under test (default: reference)
        --profile <id>                rule profile
        --policy <OPEN-n=value>       interpretation of an open question (repeatable)
        --format <format>             text, json or html (default: "text")
        --out <file>                  html: the page's file (default out/preview.html)
        --open                        html: open the page in the default browser (a note instead in CI or
                                      with no display)
        -h, --help                    display help for command

      Examples:
        $ inbox-move-sim preview
        $ inbox-move-sim preview --seed 7 --conversations 5000 --owner-access-share 0.5
        $ inbox-move-sim preview --inbox scenarios/suite/hist-8-form-only-moved.yaml --channel form-1
        $ inbox-move-sim preview --history none --no-notifications --format json
        $ inbox-move-sim preview --from-export test/import/fixtures/documented
        $ inbox-move-sim preview --format html --out out/preview.html --open
      "
    `);
  });

  it('shows profiles, list and diff', async () => {
    const group = await cli(['profiles', '--help']);
    expect(group.code).toBe(0);
    expect(group.stdout).toMatchInlineSnapshot(`
      "Usage: inbox-move-sim profiles [options] [command]

      Rule profiles (dated versions of the article): list them, or diff two.

      Options:
        -h, --help              display help for command

      Commands:
        list [options]          List the rule profiles and their eligibility facts.
        diff [options] <A> <B>  Which rules apply differently, which eligibility facts change and which
                                built-in verdicts change.
        help [command]          display help for command

      Examples:
        $ inbox-move-sim profiles list
        $ inbox-move-sim profiles diff 2024-01-29 2024-04-12
        $ inbox-move-sim profiles diff 2024-04-12 2025-05-28 --format json
      "
    `);
    const list = await cli(['profiles', 'list', '--help']);
    expect(list.stdout).toMatchInlineSnapshot(`
      "Usage: inbox-move-sim profiles list [options]

      List the rule profiles and their eligibility facts.

      Options:
        --format <format>  text or json (default: "text")
        -h, --help         display help for command

      Examples:
        $ inbox-move-sim profiles list
        $ inbox-move-sim profiles list --format json
      "
    `);
    const diff = await cli(['profiles', 'diff', '--help']);
    expect(diff.stdout).toMatchInlineSnapshot(`
      "Usage: inbox-move-sim profiles diff [options] <A> <B>

      Which rules apply differently, which eligibility facts change and which built-in verdicts change.

      Arguments:
        A                  a profile (2024-01-29, 2024-04-12, 2024-09-26, 2025-03-14, 2025-05-28)
        B                  another profile

      Options:
        --system <module>  system under test for the built-in suite (default: reference)
        --format <format>  text or json (default: "text")
        -h, --help         display help for command

      Examples:
        $ inbox-move-sim profiles diff 2024-01-29 2024-04-12
        $ inbox-move-sim profiles diff 2024-09-26 2025-03-14 --format json
      "
    `);
  });

  it('every command shows examples', async () => {
    for (const command of [
      ['run'],
      ['rules'],
      ['preview'],
      ['profiles'],
      ['profiles', 'list'],
      ['profiles', 'diff'],
    ]) {
      const { stdout } = await cli([...command, '--help']);
      expect(stdout, command.join(' ')).toMatch(/Examples:\n {2}\$ inbox-move-sim /);
    }
  });

  it('prints the version from package.json', async () => {
    const { code, stdout } = await cli(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
