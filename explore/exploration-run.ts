import { relative, resolve } from 'node:path';
import type {
  ExploreSummary,
  PolicyId,
  ScenarioResult,
  SystemCapabilities,
  SystemFactory,
} from '../domain/index.ts';
import { POLICY_IDS } from '../domain/index.ts';
import { capabilitiesOf, implementsPolicy, runScenario } from '../harness/index.ts';
import { saveCounterexamples, counterexampleId } from './counterexample-file.ts';
import { exploreInWorkers, exploreUntilAborted } from './explore.ts';
import { runSystemOptions, type ExploreOptions } from './explore-options.ts';
import { mergeRecords, summarize } from './merge-records.ts';
import { modelCoverage } from './machine-coverage.ts';
import { playIndexes } from './play-indexes.ts';
import { shardIndexes } from './seeding.ts';
import { failureLabel, type RunRecord } from './run-indexes.ts';

/** Where and how an exploration runs (not part of what it finds). */
export interface ExplorationSetup {
  /** Worker threads; 1 plays in this thread. */
  readonly workers: number;
  readonly cwd: string;
  /** Folder for counterexample files, relative to cwd; null saves nothing. */
  readonly saveDir: string | null;
  /** Compute model-path coverage of the machines for the summary. */
  readonly coverage: boolean;
  readonly onRun?: (index: number) => void;
  /** Aborted on Ctrl-C: the exploration stops and keeps (and reports) the runs played so far. */
  readonly signal?: AbortSignal;
}

/** An exploration's findings: the records, the summary and one scenario result per failing run. */
export interface Exploration {
  readonly records: readonly RunRecord[];
  readonly summary: ExploreSummary;
  readonly results: readonly ScenarioResult[];
}

/**
 * Explores, saves each failing run as a counterexample file, replays each one as a scenario (so
 * every reporter shows its verdicts), and adds model-path coverage to the summary.
 */
export async function runExploration(
  factory: SystemFactory,
  asked: ExploreOptions,
  setup: ExplorationSetup,
): Promise<Exploration> {
  const options = withinCapabilities(asked, capabilitiesOf(factory));
  const onRun = (record: RunRecord): void => setup.onRun?.(record.index);
  const played =
    setup.workers > 1 && options.path === null
      ? await exploreInWorkers(options, setup.workers, setup.cwd, setup.onRun, setup.signal)
      : setup.signal === undefined
        ? await playIndexes(factory, options, shardIndexes(options.runs, options.shard), onRun)
        : await exploreUntilAborted(factory, options, setup.signal, onRun);
  const records = mergeRecords([played], options.maxFailures);
  const interrupted = setup.signal?.aborted === true;
  const saved =
    setup.saveDir === null
      ? new Map<number, string>()
      : saveCounterexamples(records, options, resolve(setup.cwd, setup.saveDir));
  const savedAs = new Map([...saved].map(([index, file]) => [index, relative(setup.cwd, file)]));
  const coverage = setup.coverage ? await modelCoverage(factory, options.systemOptions) : [];
  const results: ScenarioResult[] = [];
  for (const record of records) {
    if (record.failure === null) continue;
    const { result } = await runScenario(
      {
        ref: {
          id: counterexampleId(options.system, failureLabel(record.failure), record.seed),
          title: `Counterexample of run ${record.index + 1} (seed ${record.seed})`,
          file: savedAs.get(record.index) ?? null,
          targets: [...record.failure.violated],
        },
        description: '',
        world: record.failure.scenario.world,
        script: record.failure.scenario.script,
        options: runSystemOptions(options, record.failure.scenario),
        expectations: [],
      },
      { factory, ...options.limits },
    );
    results.push(result);
  }
  const summary = summarize(records, options, coverage, savedAs);
  return { records, summary: interrupted ? { ...summary, interrupted } : summary, results };
}

/**
 * The exploration narrowed to what the system implements (its factory's capabilities): a policy
 * whose default the system lacks is played at its first implemented value, a restricted policy is
 * not drawn per run, and the profile is the first implemented one when the default is not.
 * (--policy and --profile values it lacks were refused before: cli/system-options.ts.)
 */
export function withinCapabilities(
  options: ExploreOptions,
  capabilities: SystemCapabilities,
): ExploreOptions {
  const restricted = POLICY_IDS.filter((id) => capabilities.policies?.[id] !== undefined);
  if (restricted.length === 0 && capabilities.profiles === undefined) return options;
  const policies = { ...options.systemOptions.policies };
  for (const id of restricted) {
    const [first] = capabilities.policies?.[id] ?? [];
    if (!implementsPolicy(capabilities, id, policies[id]) && first !== undefined)
      (policies as Record<PolicyId, string>)[id] = first;
  }
  const profiles = capabilities.profiles ?? [];
  const [firstProfile] = profiles;
  const profile =
    profiles.includes(options.systemOptions.profile) || firstProfile === undefined
      ? options.systemOptions.profile
      : firstProfile;
  return {
    ...options,
    drawnPolicies: options.drawnPolicies.filter((id) => !restricted.includes(id)),
    systemOptions: { policies, profile },
  };
}
