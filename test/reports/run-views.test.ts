// What the reports show for the CLI's run views: wall times, --quiet, an exploration without
// failures, expectations left unchecked under an override, and the rerun command.
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../domain/run-result.ts';
import { REPORTERS, toJsonReport } from '../../reports/index.ts';
import { CONTEXT, RUN } from './fixtures.ts';

const timed: RunResult = {
  ...RUN,
  results: RUN.results.map((r, i) => ({ ...r, wallMs: [40, 1500, 0, 7][i] ?? 0 })),
};

const exploreOnly: RunResult = { ...RUN, results: [] };

const notChecked: RunResult = {
  ...RUN,
  results: RUN.results.map((r, i) =>
    i === 0
      ? { ...r, expectations: [], expectationsNotChecked: { count: 3, writtenFor: 'OPEN-2=stays' } }
      : r,
  ),
};

describe('wall times', () => {
  it('shows each scenario wall time and the slowest ones, slowest first, at the end of the console', () => {
    const text = REPORTERS.console.render(timed, CONTEXT);
    expect(text).toContain('1.5 s wall');
    expect(text).toContain('40 ms wall');
    const slowest = text.slice(text.indexOf('Slowest 3 scenarios'));
    expect(slowest).not.toBe(text);
    const order = ['arrivals-during-move', 'eligibility-refusals', 'history-none-old-profile'].map((id) =>
      slowest.indexOf(id),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The summary line stays last.
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^FAIL 4 scenarios/);
  });

  it('shows no slowest section when the clock was pinned (every wall time 0) or nothing was timed', () => {
    const pinned = { ...RUN, results: RUN.results.map((r) => ({ ...r, wallMs: 0 })) };
    expect(REPORTERS.console.render(pinned, CONTEXT)).not.toContain('Slowest');
    expect(REPORTERS.console.render(RUN, CONTEXT)).not.toContain('Slowest');
  });

  it('records wallMs per scenario in the JSON report, null when not measured', () => {
    expect(toJsonReport(timed, CONTEXT).scenarios.map((s) => s.wallMs)).toEqual([40, 1500, 0, 7]);
    expect(toJsonReport(RUN, CONTEXT).scenarios.every((s) => s.wallMs === null)).toBe(true);
  });
});

describe('--quiet', () => {
  it('keeps only the failures and the summary line', () => {
    const text = REPORTERS.console.render(RUN, { ...CONTEXT, quiet: true });
    expect(text).toContain('Failures (5)');
    expect(text).not.toContain('Scenarios\n');
    expect(text).not.toContain('Rules\n');
    expect(text).not.toContain('✓ pass');
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^FAIL 4 scenarios/);
    expect(text.length).toBeLessThan(REPORTERS.console.render(RUN, CONTEXT).length / 2);
  });
});

describe('an exploration in the console and Markdown', () => {
  it('shows per-rule exercised counts and model coverage instead of an empty scenario table', () => {
    const text = REPORTERS.console.render(exploreOnly, CONTEXT);
    expect(text).not.toContain('No scenarios were run');
    expect(text).not.toMatch(/PASS +VIOL/);
    expect(text).toMatch(/^ {2}MOVE-3 .* 200 {2}·$/m);
    expect(text).toMatch(/^ {2}MOVE-2 .* 180 {2}✗$/m);
    expect(text).toContain('Model coverage');
    expect(text).toContain('states 4/5 · transitions 7/9');
    expect(text).toContain('replay  inbox-move-sim explore --seed 1234 --path 17:0:1');
  });

  it('has the same in Markdown: a rule table with runs, then the coverage', () => {
    const text = REPORTERS.markdown.render(exploreOnly, CONTEXT);
    expect(text).not.toContain('### Rule coverage');
    expect(text).toContain('### Exploration: 200 runs, seed 42');
    expect(text).toMatch(/^\| MOVE-3 .* \| 200 \| {2}\|$/m);
    expect(text).toMatch(/^\| MOVE-2 .* \| 180 \| ❌ \|$/m);
    expect(text).toContain('| migration | 4/5 | 7/9 |');
  });

  it('says when Ctrl-C cut the exploration short', () => {
    const stopped: RunResult = { ...exploreOnly, explore: { ...RUN.explore!, interrupted: true } };
    expect(REPORTERS.console.render(stopped, CONTEXT)).toContain('(interrupted: the runs played so far)');
    expect(toJsonReport(stopped, CONTEXT).explore?.interrupted).toBe(true);
    expect(toJsonReport(exploreOnly, CONTEXT).explore?.interrupted).toBe(false);
  });
});

describe('expectations written for another profile or policy', () => {
  it('says how many were not checked and for what they were written, in the console and JSON', () => {
    const text = REPORTERS.console.render(notChecked, CONTEXT);
    expect(text).toContain('3 expectations not checked: written for OPEN-2=stays');
    const json = toJsonReport(notChecked, CONTEXT).scenarios;
    expect(json[0]?.expectationsNotChecked).toEqual({ count: 3, writtenFor: 'OPEN-2=stays' });
    expect(json[1]?.expectationsNotChecked).toBeNull();
  });
});

describe('rerun commands', () => {
  it('lists how to rerun each failing scenario after the failures', () => {
    const withRerun: RunResult = {
      ...RUN,
      results: RUN.results.map((r) => ({ ...r, rerun: `inbox-move-sim run ${r.scenario.file ?? '-'}` })),
    };
    const text = REPORTERS.console.render(withRerun, CONTEXT);
    expect(text).toContain('Rerun a failing scenario:\n  $ inbox-move-sim run scenarios/suite/arrivals.yaml');
    // Only failing scenarios get one.
    expect(text).not.toContain('$ inbox-move-sim run scenarios/suite/eligibility.yaml');
  });
});
