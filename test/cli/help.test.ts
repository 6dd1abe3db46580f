import { describe, expect, it } from 'vitest';
import { cli } from './fake-io.ts';

/** Usage text of every command, pinned: a changed option or example shows up in review. */
describe('--help', () => {
  it('shows the commands, exit codes and examples of the program', async () => {
    const { code, stdout, stderr } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatchInlineSnapshot(`
      "Usage: inbox-move-sim [options] [command]

      Simulate moving an inbox channel or chatflow to the help desk, and judge every rule of the article
      by ID.

      Options:
        -V, --version                  output the version number
        -h, --help                     display help for command

      Commands:
        run [options] [paths...]       Play scenarios against a system under test and judge every rule by
                                       ID.
        rules [options]                List the rule catalogue: each rule, where it is checked, which
                                       built-in scenarios exercise it and which known-bad systems
                                       (mutants/) it must catch.
        preview [options]              Play a planned move on a copy of an inbox and show what would
                                       happen, with the ADV-1..5 warnings.
        import                         Import a real inbox: an export of the Conversations API as a
                                       scenario file.
        profiles                       Rule profiles (dated versions of the article): list them, or diff
                                       two.
        explore [options]              Explore random inboxes and command scripts (fast-check), shrink
                                       each failure, save it.
        replay [options] [files...]    Replay counterexamples saved by explore; check each saved violation
                                       still reproduces.
        merge-reports [options] <dir>  Merge the blob reports of shards (--shard i/n --reporter blob) into
                                       every report.
        serve-system [options]         Serve a system under test over the JSON-lines protocol
                                       (docs/PROTOCOL.md) on stdin/stdout.
        init                           Scaffold a new piece of work: a system under test skeleton.
        help [command]                 display help for command

      With no command, runs the built-in suite against the reference system (same as "run").

      Exit codes: 0 all passed, 1 a rule violated or an expectation failed, 2 bad input or usage,
      3 internal error (set DEBUG=inbox-move-sim for the stack).

      Examples:
        $ inbox-move-sim
        $ inbox-move-sim run scenarios/suite --reporter console junit --out out
        $ inbox-move-sim rules --group MOVE
        $ inbox-move-sim preview --seed 7 --conversations 500
        $ inbox-move-sim profiles diff 2024-01-29 2024-04-12
      "
    `);
  });

  it('shows run', async () => {
    const { code, stdout } = await cli(['run', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatchInlineSnapshot(`
      "Usage: inbox-move-sim run [options] [paths...]

      Play scenarios against a system under test and judge every rule by ID.

      Arguments:
        paths                    scenario files or folders (default: the built-in suite)

      Options:
        --system <module>        system under test: "reference" or a module whose default export is a
                                 SystemFactory
        --step-timeout <ms>      max time for one call of an async system (promises, exec:) before the
                                 step fails; a synchronous plug-in that loops cannot be interrupted: run
                                 it out of process with exec: (default: 10000)
        --profile <id>           rule profile (dated version of the article) for every scenario
        --policy <OPEN-n=value>  interpretation of an open question (repeatable)
        --sweep <OPEN-n>         play each scenario under every value of this policy, side by side
        --reporter <names...>    console, json, junit, markdown, html, blob (several at once; default:
                                 console)
        --out <dir>              folder for file reports (default: "out")
        --seed <n>               seed recorded in the run, for replay
        --only <ruleIds>         judge only these rules (comma-separated IDs); tables list only them
        --grep <text>            run only scenarios whose id or title contains this text (any case)
        --rule <ruleIds>         run only scenarios targeting one of these rules (comma-separated)
        --bail                   stop after the first failing scenario
        --shard <i/n>            play only shard i of n (scenarios k ≡ i-1 mod n); merge the blobs with
                                 merge-reports
        --quiet                  console: only the failures and the summary line
        --junit-skipped          JUnit: list not exercised / not applicable verdicts as skipped test cases
        --open                   open the HTML report in the default browser (a note instead in CI or with
                                 no display)
        -h, --help               display help for command

      A scenario's expectations hold for the profile and policies it was written for: under --profile,
      --policy or --sweep values other than its own they are reported as "not checked: written for ..."
      and only the rules' verdicts count.

      Exit codes: 0 all passed, 1 a rule violated or an expectation failed, 2 bad input or usage
      (also: no scenario found, or none left by --grep / --rule; --out not writable).

      Examples:
        $ inbox-move-sim run
        $ inbox-move-sim run scenarios/suite/move-7-notifications-off.yaml --reporter console json
        $ inbox-move-sim run my-scenarios/ --system ./my-system.ts --profile 2025-05-28
        $ inbox-move-sim run --policy OPEN-1=unassign --policy OPEN-6=off-until-complete
        $ inbox-move-sim run --sweep OPEN-6 --reporter console json --out out/sweep
        $ inbox-move-sim run --only MOVE-7,HIST-2c --reporter junit --out reports-out
        $ inbox-move-sim run --grep notification --bail --quiet
        $ inbox-move-sim run --rule HIST-2a,MOVE-7
      "
    `);
  });

  it('shows rules', async () => {
    const { code, stdout } = await cli(['rules', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatchInlineSnapshot(`
      "Usage: inbox-move-sim rules [options]

      List the rule catalogue: each rule, where it is checked, which built-in scenarios exercise it and
      which known-bad systems (mutants/) it must catch.

      Options:
        --group <group>    only this group (ELIG, ADV, MOVE, SET, NEW, HIST, INV, OPEN)
        --kind <kind>      only this kind (MUST, REFUSE, ADVISE, INVARIANT, OPEN)
        --profile <id>     only rules that hold in this rule profile
        --format <format>  table or json (default: "table")
        -h, --help         display help for command

      Examples:
        $ inbox-move-sim rules
        $ inbox-move-sim rules --group HIST --kind MUST
        $ inbox-move-sim rules --profile 2024-01-29 --format json
      "
    `);
  });
});
