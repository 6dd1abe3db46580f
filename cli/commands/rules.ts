import type { RuleId, RuleKind } from '../../domain/index.ts';
import { KNOWN_BAD } from '../../mutants/index.ts';
import { CATALOGUE, judgedIn, type RuleGroup } from '../../rules/index.ts';
import { cliCommand, type CommandContext } from '../cli-command.ts';
import { EXIT } from '../exit-codes.ts';
import { oneOf, parseProfile } from '../option-parsers.ts';
import { builtinTargets } from '../suite-targets.ts';
import { renderTable } from '../text-table.ts';

const GROUPS = [
  'ELIG',
  'ADV',
  'MOVE',
  'SET',
  'NEW',
  'HIST',
  'INV',
  'OPEN',
] as const satisfies readonly RuleGroup[];
const KINDS = ['MUST', 'REFUSE', 'ADVISE', 'INVARIANT', 'OPEN'] as const satisfies readonly RuleKind[];

interface RulesOptions {
  readonly group?: RuleGroup;
  readonly kind?: RuleKind;
  readonly profile?: string;
  readonly format: 'table' | 'json';
}

/**
 * One row of `rules`: a catalogue entry, where it is checked, which built-in scenarios target it and
 * which known-bad systems it must catch.
 */
export interface RuleRow {
  readonly id: RuleId;
  readonly kind: RuleKind;
  readonly group: RuleGroup;
  readonly title: string;
  readonly wording: string;
  readonly source: string;
  readonly profiles: readonly string[];
  readonly checkedIn: readonly string[];
  readonly scenarios: readonly string[];
  /** The known-bad systems (`mutants/`, as `--system` takes them) that break this rule on purpose. */
  readonly mutants: readonly string[];
}

function rows(options: RulesOptions): RuleRow[] {
  const entries = CATALOGUE.filter(
    (entry) =>
      (options.group === undefined || entry.group === options.group) &&
      (options.kind === undefined || entry.kind === options.kind) &&
      (options.profile === undefined || (entry.profiles as readonly string[]).includes(options.profile)),
  );
  const targets = builtinTargets();
  return entries.map((entry) => ({
    id: entry.id,
    kind: entry.kind,
    group: entry.group,
    title: entry.title,
    wording: entry.wording,
    source: entry.source,
    profiles: entry.profiles,
    checkedIn: [judgedIn(entry.id)],
    scenarios: targets.get(entry.id) ?? [],
    mutants: KNOWN_BAD.filter((bad) => bad.intended === entry.id).map((bad) => bad.file),
  }));
}

function list(items: readonly string[], max: number): string {
  if (items.length === 0) return '-';
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} (+${items.length - max})` : shown;
}

/** `mutants/banner-left-up.ts` → `banner-left-up`: the table is wide enough without the folder. */
function mutantName(file: string): string {
  return file.replace(/^mutants\//, '').replace(/\.ts$/, '');
}

function execute(options: RulesOptions, context: CommandContext): void {
  const found = rows(options);
  if (options.format === 'json') {
    context.io.stdout(`${JSON.stringify(found, null, 2)}\n`);
    return;
  }
  const table = renderTable(
    ['rule', 'kind', 'title', 'checked in', 'built-in scenarios', 'mutants'],
    found.map((row) => [
      row.id,
      row.kind,
      row.title,
      list(row.checkedIn, 2),
      list(row.scenarios, 3),
      list(row.mutants.map(mutantName), 2),
    ]),
  );
  context.io.stdout(`${table}\n${found.length} rule(s)\n`);
}

/** `rules`: the rule catalogue, with where each rule is checked and exercised, and the mutants it must catch. */
export const rulesCommand = cliCommand('rules', (command, context) => {
  command
    .description(
      'List the rule catalogue: each rule, where it is checked, which built-in scenarios exercise it and which known-bad systems (mutants/) it must catch.',
    )
    .option('--group <group>', `only this group (${GROUPS.join(', ')})`, oneOf(GROUPS))
    .option('--kind <kind>', `only this kind (${KINDS.join(', ')})`, oneOf(KINDS))
    .option('--profile <id>', 'only rules that hold in this rule profile', parseProfile)
    .option('--format <format>', 'table or json', oneOf(['table', 'json'] as const), 'table')
    .addHelpText(
      'after',
      `
Examples:
  $ inbox-move-sim rules
  $ inbox-move-sim rules --group HIST --kind MUST
  $ inbox-move-sim rules --profile 2024-01-29 --format json`,
    )
    .action((options: RulesOptions) => {
      execute(options, context);
      context.setExitCode(EXIT.ok);
    });
});
