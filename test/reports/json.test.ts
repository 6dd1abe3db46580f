import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../domain/run-result.ts';
import { JSON_REPORT_SCHEMA_VERSION, REPORTERS } from '../../reports/index.ts';
import type { JsonReportV1 } from '../../reports/index.ts';
import { portablePath } from '../../reports/json.ts';
import { CONTEXT, HOSTILE, RUN } from './fixtures.ts';

const render = (run: RunResult): string => REPORTERS.json.render(run, CONTEXT);
const load = (run: RunResult): JsonReportV1 => JSON.parse(render(run)) as JsonReportV1;

/** Every object's keys, at every depth, in document order. */
function keyLists(value: unknown, out: string[][] = []): string[][] {
  if (Array.isArray(value)) for (const item of value) keyLists(item, out);
  else if (value !== null && typeof value === 'object') {
    out.push(Object.keys(value));
    for (const item of Object.values(value)) keyLists(item, out);
  }
  return out;
}

describe('JSON report', () => {
  it('is versioned and sums up the run', () => {
    const doc = load(RUN);
    expect(doc.schemaVersion).toBe(JSON_REPORT_SCHEMA_VERSION);
    expect(doc.summary).toMatchObject({ outcome: 'fail', scenarios: 4, passed: 2, failed: 2 });
    expect(doc.summary.verdicts.violated).toBe(3);
    expect(doc.rules).toHaveLength(CONTEXT.catalogue.length);
    expect(doc.scenarios.map((s) => s.id)).toEqual(RUN.results.map((r) => r.scenario.id));
    expect(doc.explore?.failures[1]?.runIndex).toBeNull();
  });

  it('sorts keys at every depth, whatever order the input was built in', () => {
    for (const keys of keyLists(load(RUN))) expect(keys).toEqual([...keys].sort());
    const first = RUN.results[0];
    if (first === undefined) throw new Error('fixture has no scenario');
    const shuffled: RunResult = {
      ...RUN,
      results: [
        { ...first, stats: Object.fromEntries(Object.entries(first.stats).reverse()) as typeof first.stats },
        ...RUN.results.slice(1),
      ],
    };
    expect(render(shuffled)).toBe(render(RUN));
  });

  it('keeps hostile strings intact (JSON escapes, nothing else)', () => {
    const doc = load(RUN);
    expect(doc.scenarios[2]?.title).toContain(HOSTILE.script);
    expect(doc.scenarios[2]?.expectations[0]?.actual).toBe(HOSTILE.control);
    // A lone surrogate is written as an escape, so the file stays valid UTF-8.
    expect(render(RUN)).toContain('lone \\ud800 end');
  });

  it('writes no absolute paths', () => {
    const run: RunResult = {
      ...RUN,
      results: RUN.results.map((r) => ({
        ...r,
        scenario: { ...r.scenario, file: `/home/qa/suite/${r.scenario.id}.yaml` },
      })),
    };
    const doc = load(run);
    for (const s of doc.scenarios) expect(s.file?.startsWith('/')).toBe(false);
    expect(portablePath('C:\\work\\x.yaml')).toBe('x.yaml');
    expect(portablePath('scenarios/x.yaml')).toBe('scenarios/x.yaml');
  });
});
