import type { ProfileId, ServiceHubTier } from '../../domain/index.ts';
import { DEFAULT_POLICIES, DEFAULT_PROFILE, SERVICE_HUB_TIERS } from '../../domain/index.ts';
import { cliCommand, type CommandContext } from '../cli-command.ts';
import { EXIT } from '../exit-codes.ts';
import { loadSystem } from '../load-system.ts';
import { checkSystemCan } from '../system-options.ts';
import {
  oneOf,
  parseCountUpTo,
  parseNonNegativeInt,
  parsePolicy,
  parseProfile,
  parseShare,
  type PolicyOverrides,
} from '../option-parsers.ts';
import { defaultHistory, previewMove } from '../preview-plan.ts';
import { DEFAULT_PREVIEW_PAGE, emitPreview, type PreviewFormat } from '../preview-output.ts';
import { pickChannel, previewWorld, type InboxSource } from '../preview-world.ts';
import { worldFromExport } from '../from-export.ts';

interface PreviewOptions extends InboxSource {
  readonly fromExport?: string;
  readonly channel?: string;
  readonly history: 'all' | 'none';
  readonly openStatus?: string;
  readonly closedStatus?: string;
  readonly system?: string;
  readonly profile?: ProfileId;
  readonly policy?: PolicyOverrides;
  readonly format: PreviewFormat;
  readonly out?: string;
  readonly open?: boolean;
}

async function execute(options: PreviewOptions, context: CommandContext): Promise<void> {
  const { io } = context;
  const factory = await loadSystem(options.system, io.cwd);
  checkSystemCan(factory, options.system, options);
  const world =
    options.fromExport === undefined
      ? previewWorld(options, io.cwd)
      : await worldFromExport(options.fromExport, options, io);
  const profile = options.profile ?? DEFAULT_PROFILE;
  const channel = pickChannel(world, options.channel, profile);
  const history = defaultHistory(world, options.history, options.openStatus, options.closedStatus);
  const policies = { ...DEFAULT_POLICIES, ...options.policy } as typeof DEFAULT_POLICIES;
  const preview = await previewMove(factory, world, channel, history, { policies, profile });
  await emitPreview(preview, options, io);
}

/** `preview`: what a planned move would do to an inbox, with the pre-flight warnings. */
export const previewCommand = cliCommand('preview', (command, context) => {
  command
    .description(
      'Play a planned move on a copy of an inbox and show what would happen, with the ADV-1..5 warnings.',
    )
    .option(
      '--inbox <file>',
      'a scenario file whose world is the inbox (YAML or JSON); default: a generated one',
    )
    .option('--from-export <folder>', 'an export of the Conversations API as the inbox (docs/IMPORT.md)')
    .option('--seed <n>', 'seed of the generated inbox', parseNonNegativeInt, 42)
    .option(
      '--conversations <n>',
      'conversations in the generated inbox (default 1000)',
      parseCountUpTo(1_000_000),
    )
    .option('--users <n>', 'users in the generated inbox (default 25)', parseCountUpTo(100_000))
    .option('--closed-share <share>', 'share of closed conversations, 0..1', parseShare)
    .option('--ticket-share <share>', 'share of conversations that already have a ticket, 0..1', parseShare)
    .option('--owner-access-share <share>', 'share of owners with help desk access, 0..1', parseShare)
    .option(
      '--tier <tier>',
      `Service Hub tier (${SERVICE_HUB_TIERS.join(', ')})`,
      oneOf<ServiceHubTier>(SERVICE_HUB_TIERS),
    )
    .option('--no-beta', 'the account is not enrolled in the help desk beta')
    .option('--no-notifications', 'notifications are turned off before the move')
    .option('--no-slas', 'no help desk SLAs are configured')
    .option('--channel <id>', 'the channel to move (default: the biggest movable channel)')
    .option('--history <choice>', 'all or none', oneOf(['all', 'none'] as const), 'all')
    .option('--open-status <status>', 'ticket status for open conversations (default: first pipeline status)')
    .option('--closed-status <status>', 'ticket status for closed conversations (default: Closed)')
    .option('--system <module>', 'system under test (default: reference)')
    .option('--profile <id>', 'rule profile', parseProfile)
    .option('--policy <OPEN-n=value>', 'interpretation of an open question (repeatable)', parsePolicy)
    .option('--format <format>', 'text, json or html', oneOf(['text', 'json', 'html'] as const), 'text')
    .option('--out <file>', `html: the page's file (default ${DEFAULT_PREVIEW_PAGE})`)
    .option('--open', 'html: open the page in the default browser (a note instead in CI or with no display)')
    .addHelpText(
      'after',
      `
Examples:
  $ inbox-move-sim preview
  $ inbox-move-sim preview --seed 7 --conversations 5000 --owner-access-share 0.5
  $ inbox-move-sim preview --inbox scenarios/suite/hist-8-form-only-moved.yaml --channel form-1
  $ inbox-move-sim preview --history none --no-notifications --format json
  $ inbox-move-sim preview --from-export test/import/fixtures/documented
  $ inbox-move-sim preview --format html --out out/preview.html --open`,
    )
    .action(async (options: PreviewOptions) => {
      await execute(options, context);
      context.setExitCode(EXIT.ok);
    });
});
