import { InvalidArgumentError } from 'commander';
import type { ProfileId } from '../../domain/index.ts';
import {
  CORPUS_DIR,
  DEFAULT_EXPLORE_OPTIONS,
  exploreOptions,
  FOCUSES,
  CONSTRAINT_FLAGS,
  replayCommand,
  runExploration,
  withConstraint,
  type Focus,
  type Shard,
} from '../../explore/index.ts';
import type { ScenarioConstraints } from '../../generators/index.ts';
import { cliCommand, type CommandContext } from '../cli-command.ts';
import { emitReports } from '../emit-reports.ts';
import { chosenReporters, reporterOption, REPORT_OPTIONS } from '../report-options.ts';
import { EXIT } from '../exit-codes.ts';
import { loadSystem } from '../load-system.ts';
import { checkSystemCan, STEP_TIMEOUT_OPTION } from '../system-options.ts';
import {
  oneOf,
  parseNonNegativeInt,
  parsePolicy,
  parseProfile,
  parseShard,
  type PolicyOverrides,
} from '../option-parsers.ts';
import { runHeader, runRecord } from '../run-record.ts';
import { BLOB } from '../blob.ts';
import { withExploreShard } from '../shard-part.ts';

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
  /** Absent: the default folder (see saveDir); false: --no-save. */
  readonly save?: string | false;
  readonly shrink: boolean;
  readonly coverage: boolean;
  readonly reporter?: string[];
  readonly out: string;
  readonly stepTimeout: number;
};

function parsePositive(value: string): number {
  const n = parseNonNegativeInt(value);
  if (n > 0) return n;
  throw new InvalidArgumentError('Expected a whole number (1 or more).');
}

export { parseShard };

function constraintsFrom(options: ExploreCliOptions): ScenarioConstraints {
  let constraints: ScenarioConstraints = {};
  for (const constraint of CONSTRAINT_FLAGS) {
    const key = constraint.flag.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    const value = options[key];
    if (typeof value === 'number') constraints = withConstraint(constraints, constraint, value);
  }
  return constraints;
}

/** Where plug-in counterexamples go unless `--save` says: outside the built-in corpus. */
export const PLUGIN_COUNTEREXAMPLES_DIR = 'out/counterexamples';

/**
 * `--save <dir>` when given; otherwise the built-in corpus for the reference system and
 * `out/counterexamples/` for a `--system` plug-in, so that exploring your own system never writes
 * into the project's corpus (with your module's path in it). `--no-save`: nothing.
 */
function saveDir(options: ExploreCliOptions): string | null {
  if (options.save === false) return null;
  if (typeof options.save === 'string') return options.save;
  const system = options.system ?? 'reference';
  return system === 'reference' ? CORPUS_DIR : PLUGIN_COUNTEREXAMPLES_DIR;
}

async function execute(options: ExploreCliOptions, context: CommandContext): Promise<void> {
  const { io } = context;
  const factory = await loadSystem(options.system, io.cwd, options.stepTimeout);
  checkSystemCan(factory, options.system, options);
  const explore = exploreOptions({
    limits: { stepTimeoutMs: options.stepTimeout },
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
  const reporters = chosenReporters(options, io);
  // Ctrl-C stops the exploration cleanly: the runs played so far are reported and saved.
  const interrupt = new AbortController();
  const stopListening =
    io.onInterrupt?.(() => {
      io.stderr('\nexplore: interrupted; reporting the runs played so far (Ctrl-C again to quit)\n');
      interrupt.abort();
    }) ?? (() => undefined);
  let found;
  try {
    found = await runExploration(factory, explore, {
      workers: options.workers,
      cwd: io.cwd,
      saveDir: saveDir(options),
      coverage: options.coverage,
      signal: interrupt.signal,
      ...(progress === undefined ? {} : { onRun: progress }),
    });
  } finally {
    stopListening();
  }
  if (progress !== undefined) io.stderr('\r\x1b[K');
  const run = withExploreShard(
    { ...runRecord(runHeader(context.argv, io, options.seed), found.results), explore: found.summary },
    options.shard,
    found.records,
    options.maxFailures,
    reporters.includes(BLOB),
  );
  await emitReports(run, reporters, options.out, io);
  for (const failure of found.summary.failures) {
    io.stderr(`replay ${failure.ruleId}: ${failure.replay}\n`);
    if (failure.savedAs !== null) io.stderr(`  or: inbox-move-sim replay ${failure.savedAs}\n`);
  }
  // A run failed by a system failure (it threw, answered malformed, hung) names no rule: say how to replay it too.
  for (const record of found.records) {
    const failure = record.failure;
    if (failure?.systemFailure === undefined) continue;
    io.stderr(`system failure: ${failure.systemFailure}\n`);
    io.stderr(`replay: ${replayCommand(explore, record.seed, failure.path)}\n`);
  }
  const anyFailure = found.records.some((record) => record.failure !== null);
  context.setExitCode(found.summary.failures.length > 0 || anyFailure ? EXIT.failed : EXIT.ok);
}

/** `explore`: random exploration with shrinking, a failure corpus and model-path coverage. */
export const exploreCommand = cliCommand('explore', (command, context) => {
  command
    .description('Explore random inboxes and command scripts (fast-check), shrink each failure, save it.')
    .option(
      '--runs <n>',
      'runs in all, across shards and workers',
      parsePositive,
      DEFAULT_EXPLORE_OPTIONS.runs,
    )
    .option('--time <seconds>', 'stop after this wall-clock budget (not reproducible)', parsePositive)
    .option('--seed <n>', 'base seed: run k uses seed + k', parseNonNegativeInt, DEFAULT_EXPLORE_OPTIONS.seed)
    .option('--path <path>', "replay one run: fast-check's path of a counterexample (with its run seed)")
    .option('--system <module>', 'system under test: "reference" or a module exporting a SystemFactory')
    .option(...STEP_TIMEOUT_OPTION)
    .option('--policy <OPEN-n=value>', 'interpretation of an open question (repeatable)', parsePolicy)
    .option('--profile <id>', 'rule profile (dated version of the article)', parseProfile)
    .option('--focus <focus>', `moves (most runs start an acceptable move) or any`, oneOf(FOCUSES), 'moves')
    .option('--workers <n>', 'worker threads (same result as one)', parsePositive, 1)
    .option('--shard <i/n>', 'play only shard i of n (runs k ≡ i-1 mod n), for a CI matrix', parseShard)
    .option('--max-failures <n>', 'stop after this many failing runs', parsePositive, 1)
    .option(
      '--save <dir>',
      `folder for counterexample files (default: ${CORPUS_DIR} for the reference, ${PLUGIN_COUNTEREXAMPLES_DIR} for a --system plug-in)`,
    )
    .option('--no-save', 'do not write counterexample files')
    .option('--no-shrink', 'report failures unshrunk (fast-check endOnFailure)')
    .option('--no-coverage', 'skip model-path coverage of the machines')
    .option(...reporterOption('with blob', '(for merge-reports)'))
    .option(...REPORT_OPTIONS.out);
  for (const constraint of CONSTRAINT_FLAGS)
    command.option(`--${constraint.flag} <n>`, `at most this many ${constraint.help}`, parseNonNegativeInt);
  command
    .addHelpText(
      'after',
      `
Seeding: run k (0-based) is a one-run fast-check check with seed (seed + k) mod 2^32; --shard i/n
plays runs k ≡ i-1 (mod n) and --workers stripes this shard's runs over threads, so the merged
runs of all shards and workers are exactly those of one process.

Ctrl-C stops cleanly: the runs played so far are reported, and their counterexamples saved.

Exit codes: 0 no rule violated, 1 a rule violated (replay lines on stderr), 2 bad input.

Examples:
  $ inbox-move-sim explore
  $ inbox-move-sim explore --runs 2000 --workers 4 --max-conversations 20 --max-commands 40
  $ inbox-move-sim explore --system mutants/banner-left-up.ts --save scenarios/corpus
  $ inbox-move-sim explore --seed 104 --path 0:3:1 --system ./my-system.ts
  $ inbox-move-sim explore --runs 4000 --shard 2/4 --reporter json --out out/shard-2
  $ inbox-move-sim replay scenarios/corpus/`,
    )
    .action(async (options: ExploreCliOptions) => {
      await execute(options, context);
    });
});
