import { mkdirSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { SERVICE_HUB_TIERS, type ServiceHubTier } from '../../domain/index.ts';
import type { ImportKind } from '../../import/channel-kinds.ts';
import { FileSink } from '../../import/file-sink.ts';
import { importApiExport } from '../../import/import-export.ts';
import type { ImportOptions } from '../../import/import-options.ts';
import { renderMappingReport } from '../../import/mapping-report.ts';
import { writeScenario } from '../../import/scenario-writer.ts';
import { DEFAULT_SLA } from '../../scenarios/index.ts';
import { writeFileAtomic } from '../../reports/atomic-write.ts';
import { cliCommand, type CommandContext } from '../cli-command.ts';
import { EXIT } from '../exit-codes.ts';
import { collectId, parseClock, parseKind } from '../import-option-parsers.ts';
import { oneOf } from '../option-parsers.ts';

interface ApiExportOptions {
  readonly out: string;
  readonly tier?: ServiceHubTier;
  readonly beta: boolean;
  readonly notifications: boolean;
  readonly sla: 'none' | 'default';
  readonly clock?: number;
  readonly pipeline?: string;
  readonly superAdmin?: string[];
  readonly kind?: Record<string, ImportKind>;
  readonly customChannel?: string[];
  readonly format: 'text' | 'json';
  readonly bodies: boolean;
}

/** The import options the command line gave: only those, so the report can tell given from assumed. */
export function importOptionsOf(
  options: Partial<ApiExportOptions>,
  slaGiven: boolean,
): Partial<ImportOptions> {
  return {
    ...(options.tier !== undefined && { tier: options.tier }),
    ...(options.beta === false && { beta: false }),
    ...(options.notifications === false && { notifications: false }),
    ...(slaGiven && { sla: options.sla === 'none' ? null : DEFAULT_SLA }),
    ...(options.clock !== undefined && { clock: options.clock }),
    ...(options.pipeline !== undefined && { pipeline: options.pipeline }),
    ...(options.superAdmin !== undefined && { superAdmins: options.superAdmin }),
    ...(options.kind !== undefined && { kinds: options.kind }),
    ...(options.customChannel !== undefined && { customChannels: options.customChannel }),
    ...(options.bodies === false && { bodies: false }),
  };
}

async function apiExport(
  folder: string,
  options: ApiExportOptions,
  slaGiven: boolean,
  context: CommandContext,
): Promise<void> {
  const { io } = context;
  const { world, report } = await importApiExport(folder, importOptionsOf(options, slaGiven), io.cwd);
  const out = resolve(io.cwd, options.out);
  mkdirSync(out, { recursive: true });
  const scenario = join(out, 'inbox.yaml');
  const partial = `${scenario}.partial`;
  const sink = new FileSink(partial);
  writeScenario(world, folder, sink.write);
  sink.close();
  renameSync(partial, scenario);
  await writeFileAtomic(join(out, 'mapping-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  io.stdout(renderMappingReport(report));
  io.stdout(`\nWrote ${join(options.out, 'inbox.yaml')} and ${join(options.out, 'mapping-report.json')}.\n`);
  io.stdout(`Preview a move: inbox-move-sim preview --inbox ${join(options.out, 'inbox.yaml')}\n`);
}

/** `import api-export <folder>`: a real inbox, from an export of the Conversations API, as a scenario file. */
export const importCommand = cliCommand('import', (command, context) => {
  command.description('Import a real inbox: an export of the Conversations API as a scenario file.');
  command
    .command('api-export <folder>')
    .description(
      'Read a folder of Conversations API responses (docs/IMPORT.md) and write the inbox as a scenario file, with a mapping report.',
    )
    .option('--out <dir>', 'folder for inbox.yaml and mapping-report.json', 'out/import')
    .option(
      '--tier <tier>',
      `Service Hub tier (${SERVICE_HUB_TIERS.join(', ')}; default pro)`,
      oneOf<ServiceHubTier>(SERVICE_HUB_TIERS),
    )
    .option('--no-beta', 'the account is not enrolled in the help desk beta')
    .option('--no-notifications', 'notifications are turned off')
    .option(
      '--sla <sla>',
      'help desk SLAs: none or default (60/240/2880 min, 24/7)',
      oneOf(['none', 'default'] as const),
      'default',
    )
    .option('--clock <iso>', "the world's clock (default: the latest time in the export)", parseClock)
    .option('--pipeline <id>', 'the help desk ticket pipeline (default: the one most tickets use)')
    .option('--super-admin <userId>', 'a HubSpot user ID of a Super Admin (repeatable)', collectId)
    .option(
      '--kind <account=kind>',
      'the kind of a channel account the export cannot tell, e.g. 148662=chatflow-bot (repeatable)',
      parseKind,
    )
    .option(
      '--custom-channel <channelId>',
      'a channel of channels.json built with the custom channels API (repeatable)',
      collectId,
    )
    .option(
      '--format <format>',
      'the report on stdout: text or json',
      oneOf(['text', 'json'] as const),
      'text',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ inbox-move-sim import api-export test/import/fixtures/documented --out out/import
  $ inbox-move-sim import api-export my-export --kind 148662=chatflow-bot --super-admin 2620022 --tier enterprise`,
    )
    .action(async (folder: string, options: ApiExportOptions, cmd: Command) => {
      await apiExport(folder, options, cmd.getOptionValueSource('sla') === 'cli', context);
      context.setExitCode(EXIT.ok);
    });
});
