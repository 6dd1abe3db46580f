// Fixture runs for the reporter tests: several scenarios, every verdict status, failed
// expectations, advice, timelines, an exploration, and hostile strings in every text field.
import type { RunResult } from '../../domain/run-result.ts';
import type { ReportContext } from '../../reports/reporter.ts';
import { CATALOGUE, HOSTILE, HOSTILE_ALL } from './catalogue-fixture.ts';
import { DIAGRAMS } from './diagrams-fixture.ts';
import { layoutDiagrams } from '../../reports/diagram-layout.ts';

import { arrivals, eligibility, hostile, oldProfile } from './fixture-results.ts';

export { CATALOGUE, DIAGRAMS, HOSTILE, HOSTILE_ALL };

/** A run of four scenarios, fixed `startedAt`, with an exploration summary. */
export const RUN: RunResult = {
  tool: { name: 'inbox-move-sim', version: '0.1.0' },
  command: `inbox-move-sim run scenarios/suite --seed 42 --title ${HOSTILE.script}`,
  startedAt: '2024-04-12T09:00:00.000Z',
  seed: 42,
  results: [eligibility, arrivals, hostile, oldProfile],
  explore: {
    runs: 200,
    seed: 42,
    rulesExercised: { 'MOVE-2': 180, 'MOVE-3': 200, 'INV-1': 200, 'HIST-2a': 120, 'ELIG-6': 15, 'OPEN-6': 3 },
    failures: [
      {
        ruleId: 'MOVE-2',
        seed: 1234,
        path: '17:0:1',
        replay: 'inbox-move-sim explore --seed 1234 --path 17:0:1',
        conversations: 2,
        commands: 4,
        savedAs: 'out/counterexamples/move-2.yaml',
        runIndex: 18,
      },
      {
        ruleId: 'HIST-2a',
        seed: 99,
        path: '3:2',
        replay: `inbox-move-sim explore --seed 99 ${HOSTILE.attr}`,
        conversations: 1,
        commands: 2,
        savedAs: null,
      },
    ],
    coverage: [
      {
        machineId: 'migration',
        statesCovered: 4,
        statesTotal: 5,
        transitionsCovered: 7,
        transitionsTotal: 9,
      },
      { machineId: 'channel', statesCovered: 3, statesTotal: 3, transitionsCovered: 2, transitionsTotal: 3 },
    ],
  },
};

/** The same run without an exploration, and a run with no scenarios at all. */
export const RUN_NO_EXPLORE: RunResult = { ...RUN, explore: undefined };
export const EMPTY_RUN: RunResult = { ...RUN, results: [], explore: undefined, seed: null };

/** The context the CLI would pass, without colour. */
export const CONTEXT: ReportContext = {
  color: false,
  catalogue: CATALOGUE,
  diagrams: await layoutDiagrams(DIAGRAMS),
};
