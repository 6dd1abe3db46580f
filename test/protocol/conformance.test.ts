// Conformance of the protocol: the reference played through `--system exec:` against
// `serve-system --stdio` gives exactly the verdicts it gives in-process — on the whole built-in
// suite and on 1,000 explore runs of a fixed seed. A difference is a bug of the protocol layer
// (a field lost or reordered in transit, an event missed, a world read at the wrong time).
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SystemFactory } from '../../domain/index.ts';
import { DEFAULT_EXPLORE_OPTIONS, explorationArbitrary, judge } from '../../explore/index.ts';
import { runSystemOptions } from '../../explore/explore-options.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { execSystemFactory } from '../../protocol/exec-factory.ts';
import { BUILTIN_SUITE_DIR, loadScenarios } from '../../scenarios/index.ts';
import { runScenario } from '../../harness/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SERVER = `"${process.execPath}" --import tsx cli/main.ts serve-system --stdio`;
const EXPLORE_RUNS = 1000;

/** Verdicts as plain data (findings, evidence and all), as a report would show them. */
const comparable = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

let exec: SystemFactory;
beforeAll(async () => {
  exec = await execSystemFactory(SERVER, { cwd: ROOT });
});
afterAll(async () => {
  await exec.dispose?.();
});

describe('the reference over the protocol gives the verdicts it gives in-process', () => {
  it('on every scenario of the built-in suite (verdicts and expectations)', async () => {
    const scenarios = loadScenarios([BUILTIN_SUITE_DIR]);
    expect(scenarios.length).toBeGreaterThan(40);
    for (const scenario of scenarios) {
      const local = runScenario(scenario, { factory: createReferenceSystem }).result;
      const remote = (await runScenario(scenario, { factory: exec })).result;
      expect(comparable(remote), scenario.ref.id).toEqual(comparable({ ...local, wallMs: remote.wallMs }));
    }
  }, 600_000);

  it(`on ${EXPLORE_RUNS} explore runs of seed 42 (explore's default arbitrary, judged as explore does)`, async () => {
    const arbitrary = explorationArbitrary(
      DEFAULT_EXPLORE_OPTIONS.constraints,
      DEFAULT_EXPLORE_OPTIONS.focus,
    );
    const scenarios = fc.sample(arbitrary, { seed: 42, numRuns: EXPLORE_RUNS });
    expect(scenarios).toHaveLength(EXPLORE_RUNS);
    let compared = 0;
    for (const scenario of scenarios) {
      const options = runSystemOptions(DEFAULT_EXPLORE_OPTIONS, scenario);
      const local = judge(createReferenceSystem, scenario, options);
      const remote = await judge(exec, scenario, options);
      expect(comparable(remote.verdicts)).toEqual(comparable(local.verdicts));
      compared += 1;
    }
    expect(compared).toBe(EXPLORE_RUNS);
  }, 600_000);
});
