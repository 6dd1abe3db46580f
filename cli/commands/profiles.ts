import type { ProfileId } from '../../domain/index.ts';
import { DEFAULT_PROFILE, PROFILE_IDS, PROFILES } from '../../domain/index.ts';
import { runSuite } from '../../harness/index.ts';
import { cliCommand, type CommandContext } from '../cli-command.ts';
import { EXIT } from '../exit-codes.ts';
import { loadInputs } from '../load-inputs.ts';
import { loadSystem } from '../load-system.ts';
import { oneOf, parseProfile } from '../option-parsers.ts';
import {
  factChanges,
  renderProfileDiff,
  ruleChanges,
  scenarioChanges,
  type ProfileDiff,
} from '../profile-diff.ts';
import { runHeader } from '../run-record.ts';
import { renderTable } from '../text-table.ts';

type Format = 'text' | 'json';
const formatOption = ['--format <format>', 'text or json', oneOf(['text', 'json'] as const), 'text'] as const;

function list(format: Format, context: CommandContext): void {
  const profiles = PROFILE_IDS.map((id) => PROFILES[id]);
  if (format === 'json') {
    context.io.stdout(`${JSON.stringify({ default: DEFAULT_PROFILE, profiles }, null, 2)}\n`);
    return;
  }
  const table = renderTable(
    ['profile', 'label', 'tiers', 'beta', 'movable kinds', 'fallback email', 'notes'],
    profiles.map((p) => [
      p.id === DEFAULT_PROFILE ? `${p.id} *` : p.id,
      p.label,
      p.allowedTiers.join(','),
      p.betaRequired ? 'required' : 'no',
      p.movableKinds.join(','),
      p.fallbackEmailMovable ? 'movable' : 'not movable',
      p.notes.join(' '),
    ]),
  );
  context.io.stdout(`${table}\n* default profile\n`);
}

async function diff(
  a: ProfileId,
  b: ProfileId,
  options: { format: Format; system?: string },
  context: CommandContext,
): Promise<void> {
  const factory = await loadSystem(options.system, context.io.cwd);
  const scenarios = loadInputs([], context.io.cwd);
  const header = runHeader(context.argv, context.io, undefined);
  const suite = { startedAt: header.startedAt, command: header.command, factory };
  const result: ProfileDiff = {
    a,
    b,
    facts: factChanges(a, b),
    rules: ruleChanges(a, b),
    scenarios: scenarioChanges(
      await runSuite(scenarios, { ...suite, profile: a }),
      await runSuite(scenarios, { ...suite, profile: b }),
    ),
  };
  context.io.stdout(
    options.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderProfileDiff(result),
  );
}

/** `profiles list` and `profiles diff <A> <B>`: the dated versions of the article and what changes between two. */
export const profilesCommand = cliCommand('profiles', (profiles, context) => {
  profiles.description('Rule profiles (dated versions of the article): list them, or diff two.').addHelpText(
    'after',
    `
Examples:
  $ inbox-move-sim profiles list
  $ inbox-move-sim profiles diff 2024-01-29 2024-04-12
  $ inbox-move-sim profiles diff 2024-04-12 2025-05-28 --format json`,
  );
  profiles
    .command('list', { isDefault: true })
    .description('List the rule profiles and their eligibility facts.')
    .option(...formatOption)
    .addHelpText(
      'after',
      '\nExamples:\n  $ inbox-move-sim profiles list\n  $ inbox-move-sim profiles list --format json',
    )
    .action((options: { format: Format }) => {
      list(options.format, context);
      context.setExitCode(EXIT.ok);
    });
  profiles
    .command('diff')
    .description(
      'Which rules apply differently, which eligibility facts change and which built-in verdicts change.',
    )
    .argument('<A>', `a profile (${PROFILE_IDS.join(', ')})`, parseProfile)
    .argument('<B>', 'another profile', parseProfile)
    .option('--system <module>', 'system under test for the built-in suite (default: reference)')
    .option(...formatOption)
    .addHelpText(
      'after',
      '\nExamples:\n  $ inbox-move-sim profiles diff 2024-01-29 2024-04-12\n  $ inbox-move-sim profiles diff 2024-09-26 2025-03-14 --format json',
    )
    .action(async (a: ProfileId, b: ProfileId, options: { format: Format; system?: string }) => {
      await diff(a, b, options, context);
      context.setExitCode(EXIT.ok);
    });
});
