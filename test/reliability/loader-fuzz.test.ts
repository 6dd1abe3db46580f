// Fuzzes the scenario loader with >10,000 malformed documents mutated from the real suite files:
// every one must be refused with exactly one InputError naming file, line/path and expectation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../scenarios/index.ts';
import { runScenario } from '../../harness/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { malformedKinds } from './_malformed.ts';
import { loadBases, setAt, toYaml } from './_mutations.ts';
import { refusalOf } from './_refusal.ts';

const bases = loadBases();
const SEED = 20240412;
let tried = 0;

describe('scenario loader under malformed input', () => {
  it('loads every unmutated base after a YAML round trip (so each failure below is the mutation)', () => {
    for (const base of bases) expect(parseScenario(toYaml(base.data), base.name).ref.id).toBe(base.data.id);
    expect(bases.length).toBeGreaterThan(40);
  });

  for (const kind of malformedKinds(bases)) {
    it(`refuses ${kind.runs} documents with ${kind.name} with one clear InputError`, () => {
      fc.assert(
        fc.property(kind.arb, (doc) => {
          tried += 1;
          refusalOf(doc.text, `fuzz/${doc.base}`);
        }),
        { numRuns: kind.runs, seed: SEED },
      );
    });
  }

  it('tried more than 10,000 documents in all', () => {
    expect(tried).toBeGreaterThanOrEqual(10_000);
  });

  it('loads an open/closed status outside the pipeline, and the run refuses it with HIST-0', () => {
    const base = bases.find((b) => b.name === 'hist-2-new-tickets.yaml');
    if (base === undefined) throw new Error('hist-2-new-tickets.yaml is missing from the suite');
    fc.assert(
      fc.property(
        fc.constantFrom('open', 'closed'),
        fc.constantFrom('Pending', 'new', 'Closed ', 'Solved', '<b>New</b>'),
        (which, status) => {
          const data = setAt(base.data, ['script', 0, 'start-move', 'history', which], () => status);
          const scenario = parseScenario(toYaml(data), 'hist-0-fuzz.yaml');
          const { trace } = runScenario(scenario, { factory: createReferenceSystem });
          const first = trace.steps[0]?.result;
          expect(first).toMatchObject({ status: 'refused', ruleId: 'HIST-0' });
          expect(trace.events.filter((e) => e.type === 'move-started')).toHaveLength(0);
        },
      ),
      { numRuns: 10, seed: SEED },
    );
  });
});
