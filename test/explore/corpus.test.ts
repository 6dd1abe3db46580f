import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  counterexampleYaml,
  explore,
  exploreOptions,
  replayCorpus,
  runIndexes,
  runSystemOptions,
} from '../../explore/index.ts';
import { loadScenarioFile, parseScenario } from '../../scenarios/index.ts';
import { KNOWN_BAD } from '../../mutants/index.ts';
import { ROOT } from '../cli/fake-io.ts';

const CORPUS = join(ROOT, 'scenarios/corpus');
const files = readdirSync(CORPUS).filter((name) => name.endsWith('.yaml'));
const bad = (file: string) => {
  const found = KNOWN_BAD.find((entry) => entry.file === file);
  if (found === undefined) throw new Error(`no known-bad system ${file}`);
  return found;
};

describe('the failure corpus', () => {
  it('holds exactly one counterexample per known-bad system, and none for anything else', () => {
    // Derived from the registry, so a new known-bad system fails here until its counterexample is saved.
    const systems = files.map(
      (file) => loadScenarioFile(join(CORPUS, file)).found?.system ?? `(no found: in ${file})`,
    );
    expect(systems.length).toBeGreaterThan(0);
    // Refill with `npx tsx test/explore/_refill-corpus.ts [system…]` when this fails.
    expect([...systems].sort()).toEqual(KNOWN_BAD.map((entry) => entry.file).sort());
  });

  it('saves a counterexample that loads back to the same world, script and violated rule', () => {
    const system = 'mutants/settings-reset.ts';
    const options = exploreOptions({ system });
    const records = explore(bad(system).factory, options);
    const failing = records.find((record) => record.failure !== null);
    expect(failing).toBeDefined();
    if (failing?.failure == null) return;
    const scenario = parseScenario(counterexampleYaml(failing, options), 'saved.yaml');
    expect(scenario.world).toEqual(failing.failure.scenario.world);
    expect(scenario.script).toEqual(failing.failure.scenario.script);
    expect(scenario.found).toMatchObject({ system, seed: failing.seed, path: failing.failure.path });
    // The policies the run drew (OPEN-8, OPEN-9) are saved with it, so the file replays as it was found.
    expect(scenario.options.policies).toEqual(runSystemOptions(options, failing.failure.scenario).policies);
    expect(scenario.expectations).toContainEqual({ kind: 'verdict', ruleId: 'SET-1', status: 'violated' });
  });

  it.each(files)('%s replays to the same violation on its system', async (file) => {
    const scenario = loadScenarioFile(join(CORPUS, file));
    const outcomes = await replayCorpus([scenario], 'reproduce', (system) =>
      Promise.resolve({ name: system, factory: bad(system).factory }),
    );
    expect(outcomes[0]?.ok).toBe(true);
    expect(outcomes[0]?.rules.length).toBeGreaterThan(0);
  });

  it('finds the saved violations fixed on the reference system', async () => {
    const scenarios = files.slice(0, 5).map((file) => loadScenarioFile(join(CORPUS, file)));
    const { createReferenceSystem } = await import('../../machines/index.ts');
    const fixed = await replayCorpus(scenarios, 'fixed', () =>
      Promise.resolve({ name: 'reference', factory: createReferenceSystem }),
    );
    const reproduce = await replayCorpus(scenarios, 'reproduce', () =>
      Promise.resolve({ name: 'reference', factory: createReferenceSystem }),
    );
    expect(fixed.every((o) => o.ok)).toBe(true);
    expect(reproduce.every((o) => !o.ok)).toBe(true);
  });

  it('replays a failure from its run seed and path alone', () => {
    const system = 'mutants/banner-left-up.ts';
    const options = exploreOptions({ system });
    const failing = explore(bad(system).factory, options).find((record) => record.failure !== null);
    if (failing?.failure == null) throw new Error('banner-left-up not caught');
    const replayed = runIndexes(
      bad(system).factory,
      { ...options, seed: failing.seed, path: failing.failure.path },
      [0],
    );
    expect(replayed[0]?.failure?.scenario).toEqual(failing.failure.scenario);
    expect(replayed[0]?.failure?.violated).toEqual(failing.failure.violated);
  });
});
