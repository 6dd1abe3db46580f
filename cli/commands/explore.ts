import { InvalidArgumentError, type Command } from 'commander';
import type { ProfileId, RunResult } from '../../domain/index.ts';
import {
  CORPUS_DIR,
  DEFAULT_EXPLORE_OPTIONS,
  exploreOptions,
  FOCUSES,
  KNOBS,
  runExploration,
  withKnob,
  type Focus,
  type Shard,
} from '../../explore/index.ts';
import type { ScenarioConstraints } from '../../generators/index.ts';
import { reporterNames } from '../../reports/index.ts';
import type { CliCommand, CommandContext } from '../command.ts';
import { emitReports } from '../emit-reports.ts';
import { EXIT } from '../exit-codes.ts';
import { loadSystem } from '../load-system.ts';
import {
  namesFrom,
  oneOf,
  parseNonNegativeInt,
  parsePolicy,
  parseProfile,
  type PolicyOverrides,
} from '../option-parsers.ts';
import { runHeader, runRecord } from '../run-record.ts';

type ExploreCliOptions = Readonly<Record<string, unknown>> & {
  readonly runs: number;
  readonly time?: number;
  readonly seed: number;
  readonly path?: string;
  readonly system?: string;
  readonly policy?: PolicyOverrides;
  readonly profile?: ProfileId;
  readonly focus: Focus;
  readonly workers: number;
  readonly shard?: Shard;
  readonly maxFailures: number;
  readonly save: string | false;
  readonly shrink: boolean;
  readonly coverage: boolean;
  readonly reporter?: string[];
  readonly out: string;
};

function parsePositive(value: string): number {
  const n = parseNonNegativeInt(value);
  if (n > 0) return n;
  throw new InvalidArgumentError('Expected a whole number (1 or more).');
}

/** `--shard i/n`: 1 ≤ i ≤ n. */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match !== null && index >= 1 && index <= count) return { index, count };
  throw new InvalidArgumentError('Expected i/n with 1 ≤ i ≤ n, e.g. 2/4.');
}

function constraintsFrom(options: ExploreCliOptions): ScenarioConstraints {
  let constraints: ScenarioConstraints = {};
  for (const knob of KNOBS) {
    const key = knob.flag.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    const value = options[key];
    if (typeof value === 'number') constraints = withKnob(constraints, knob, value);
  }
  return constraints;
}

async function execute(options: ExploreCliOptions, context: CommandContext): Promise<void> {
  const { io } = context;
  const factory = await loadSystem(options.system, io.cwd);
  const explore = exploreOptions({
    runs: options.runs,
    timeLimitMs: options.time === undefined ? null : options.time * 1000,
    seed: options.seed,
    path: options.path ?? null,
    constraints: constraintsFrom(options),
    focus: options.focus,
    system: options.system ?? 'reference',
    ...(options.shard === undefined ? {} : { shard: options.shard }),
    maxFailures: options.maxFailures,
    shrink: options.shrink,
    ...(options.policy === undefined ? {} : { policies: options.policy }),
    ...(options.profile === undefined ? {} : { profile: options.profile }),
  });
  let done = 0;
  const progress = io.isTTY.stderr
    ? () => {
        done += 1;
        if (done % 10 === 0) io.stderr(`\rexplore: ${done} runs`);
      }
    : undefined;
  const found = await runExploration(factory, explore, {
    workers: options.workers,
    cwd: io.cwd,
    saveDir: options.save === false ? null : options.save,
    coverage: options.coverage,
    ...(progress === undefined ? {} : { onRun: progress }),
  });
  if (progress !== undefined) io.stderr('\r\x1b[K');
  const run: RunResult = {
    ...runRecord(runHeader(context.argv, io, options.seed), found.results),
    explore: found.summary,
  };
  await emitReports(run, [...new Set(options.reporter ?? ['console'])], options.out, io);
  for (const failure of found.summary.failures) {
    io.stderr(`replay ${failure.ruleId}: ${failure.replay}\n`);
    if (failure.savedAs !== null) io.stderr(`  or: inbox-move-sim replay ${failure.savedAs}\n`);
  }
  context.setExitCode(found.summary.failures.length > 0 ? EXIT.failed : EXIT.ok);
}

/** `explore`: random exploration with shrinking, a failure corpus and model-path coverage. */
export const exploreCommand: CliCommand = {
  name: 'explore',
  register(parent: Command, context: CommandContext) {
    const command = parent
      .command('explore')
      .description('Explore random inboxes and command scripts (fast-check), shrink each failure, save it.')
      .option(
        '--runs <n>',
        'runs in all, across shards and workers',
        parsePositive,
        DEFAULT_EXPLORE_OPTIONS.runs,
      )
      .option('--time <seconds>', 'stop after this wall-clock budget (not reproducible)', parsePositive)
      .option(
        '--seed <n>',
        'base seed: run k uses seed + k',
        parseNonNegativeInt,
        DEFAULT_EXPLORE_OPTIONS.seed,
      )
      .option('--path <path>', "replay one run: fast-check's path of a counterexample (with its run seed)")
      .option('--system <module>', 'system under test: "reference" or a module exporting a SystemFactory')
      .option('--policy <OPEN-n=value>', 'interpretation of an open question (repeatable)', parsePolicy)
      .option('--profile <id>', 'rule profile (dated version of the article)', parseProfile)
      .option('--focus <focus>', `moves (most runs start an acceptable move) or any`, oneOf(FOCUSES), 'moves')
      .option('--workers <n>', 'worker threads (same result as one)', parsePositive, 1)
      .option('--shard <i/n>', 'play only shard i of n (runs k ≡ i-1 mod n), for a CI matrix', parseShard)
      .option('--max-failures <n>', 'stop after this many failing runs', parsePositive, 1)
      .option('--save <dir>', 'folder for counterexample files', CORPUS_DIR)
      .option('--no-save', 'do not write counterexample files')
      .option('--no-shrink', 'report failures unshrunk (fast-check endOnFailure)')
      .option('--no-coverage', 'skip model-path coverage of the machines')
      .option(
        '--reporter <names...>',
        'console, json, junit, markdown, html',
        namesFrom(() => reporterNames),
      )
      .option('--out <dir>', 'folder for file reports', 'out');
    for (const knob of KNOBS)
      command.option(`--${knob.flag} <n>`, `at most this many ${knob.help}`, parseNonNegativeInt);
    command
      .addHelpText(
        'after',
        `
Seeding: run k (0-based) is a one-run fast-check check with seed (seed + k) mod 2^32; --shard i/n
plays runs k ≡ i-1 (mod n) and --workers stripes this shard's runs over threads, so the merged
runs of all shards and workers are exactly those of one process.

Exit codes: 0 no rule violated, 1 a rule violated (replay lines on stderr), 2 bad input.

Examples:
  $ inbox-move-sim explore
  $ inbox-move-sim explore --runs 2000 --workers 4 --max-conversations 20 --max-commands 40
  $ inbox-move-sim explore --system test/known-bad/banner-left-up.ts --save scenarios/corpus
  $ inbox-move-sim explore --seed 104 --path 0:3:1 --system ./my-system.ts
  $ inbox-move-sim explore --runs 4000 --shard 2/4 --reporter json --out out/shard-2
  $ inbox-move-sim replay scenarios/corpus/`,
      )
      .action(async (options: ExploreCliOptions) => {
        await execute(options, context);
      });
  },
};
