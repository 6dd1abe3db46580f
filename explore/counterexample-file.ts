import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { stringify } from 'yaml';
import { DEFAULT_POLICIES, DEFAULT_PROFILE, POLICY_IDS } from '../domain/index.ts';
import { runSystemOptions, type ExploreOptions } from './explore-options.ts';
import { replayCommand } from './replay-command.ts';
import { failureLabel, type RunRecord } from './run-indexes.ts';

/** The default folder of saved counterexamples (replayed by `inbox-move-sim replay` in CI). */
export const CORPUS_DIR = 'scenarios/corpus';

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** `<system>-<rule>-s<seed>`: one name per system, first violated rule (or `system-failure`) and run seed. */
export function counterexampleId(system: string, label: string, seed: number): string {
  const name = system === 'reference' ? 'reference' : basename(system, extname(system));
  return `${slug(name)}-${slug(label)}-s${seed}`;
}

/**
 * A failing run as a scenario file (YAML): the violated rules as `expect.verdicts: violated`, the
 * non-default policies (those the run drew included) and profile, and a `found:` block holding the system, seed, path, replay
 * command and the shrunk world and script verbatim. `loadScenarioFile` reads it back (the `found:`
 * block: scenarios/load-counterexample.ts).
 */
export function counterexampleYaml(record: RunRecord, options: ExploreOptions): string {
  const failure = record.failure;
  if (failure === null) throw new Error('counterexampleYaml: run ' + String(record.index) + ' did not fail');
  const first = failureLabel(failure);
  // The run's own policies: the exploration's, with those the run drew (`drawnPolicies`).
  const played = runSystemOptions(options, failure.scenario).policies;
  const policies = Object.fromEntries(
    POLICY_IDS.filter((id) => played[id] !== DEFAULT_POLICIES[id]).map((id) => [id, played[id]]),
  );
  const replay = replayCommand(options, record.seed, failure.path);
  const document = {
    id: counterexampleId(options.system, first, record.seed),
    title:
      failure.systemFailure === undefined
        ? `${failure.violated.join(', ')} violated by ${options.system} (explore, run seed ${record.seed})`
        : `${options.system} failed (explore, run seed ${record.seed})`,
    description: `Shrunk counterexample found by random exploration (run ${record.index + 1}). Find it again with: ${replay}`,
    targets: [...failure.violated],
    ...(options.systemOptions.profile === DEFAULT_PROFILE ? {} : { profile: options.systemOptions.profile }),
    ...(Object.keys(policies).length === 0 ? {} : { policies }),
    ...(failure.violated.length === 0
      ? {}
      : { expect: { verdicts: Object.fromEntries(failure.violated.map((id) => [id, 'violated'])) } }),
    found: {
      system: options.system,
      seed: record.seed,
      path: failure.path,
      replay,
      ...(failure.systemFailure === undefined ? {} : { systemFailure: failure.systemFailure }),
      world: failure.scenario.world,
      script: failure.scenario.script,
    },
  };
  return `# Saved by inbox-move-sim explore; replay with: inbox-move-sim replay <this file>\n${stringify(document, { lineWidth: 0 })}`;
}

/** Writes each failing run's counterexample into `dir`; returns run index → file written. */
export function saveCounterexamples(
  records: readonly RunRecord[],
  options: ExploreOptions,
  dir: string,
): Map<number, string> {
  const saved = new Map<number, string>();
  for (const record of records) {
    if (record.failure === null) continue;
    mkdirSync(dir, { recursive: true });
    const file = join(
      dir,
      `${counterexampleId(options.system, failureLabel(record.failure), record.seed)}.yaml`,
    );
    writeFileSync(file, counterexampleYaml(record, options));
    saved.set(record.index, file);
  }
  return saved;
}
