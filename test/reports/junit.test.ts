import { parse } from 'junit2json';
import type { TestSuite, TestSuites } from 'junit2json';
import { describe, expect, it } from 'vitest';
import { REPORTERS } from '../../reports/index.ts';
import { CONTEXT, HOSTILE, RUN } from './fixtures.ts';

async function parsed(): Promise<TestSuites> {
  const result = await parse(REPORTERS.junit.render(RUN, CONTEXT));
  if (result === null || result === undefined || !('testsuite' in result))
    throw new Error('no <testsuites> root');
  return result;
}

const suites = async (): Promise<TestSuite[]> => (await parsed()).testsuite ?? [];

describe('JUnit XML parsed back with junit2json', () => {
  it('has a testsuite per scenario, named after its ID, then one for the exploration', async () => {
    const names = (await suites()).map((s) => s.name);
    expect(names).toEqual([...RUN.results.map((r) => r.scenario.id), 'explore']);
  });

  it('lists judged verdicts and expectations only; not exercised / not applicable are counted in properties', async () => {
    const list = await suites();
    expect(list.length).toBeGreaterThan(1);
    RUN.results.forEach((result, i) => {
      const suite = list[i];
      const judged = result.verdicts.filter((v) => v.status === 'pass' || v.status === 'violated');
      expect(suite?.testcase).toHaveLength(judged.length + result.expectations.length);
      expect(suite?.skipped).toBe(0);
      expect(suite?.testcase?.filter((c) => c.skipped !== undefined)).toHaveLength(0);
      const property = (name: string): string | undefined =>
        suite?.properties?.find((p) => p.name === name)?.value?.toString();
      expect(property('not-exercised')).toBe(
        String(result.verdicts.filter((v) => v.status === 'not-exercised').length),
      );
      expect(property('not-applicable')).toBe(
        String(result.verdicts.filter((v) => v.status === 'not-applicable').length),
      );
    });
  });

  it('puts the scenario file on testsuites and testcases, and the rerun command in failures', async () => {
    const withRerun = {
      ...RUN,
      results: RUN.results.map((r) => ({ ...r, rerun: `inbox-move-sim run ${r.scenario.file ?? '?'}` })),
    };
    const result = await parse(REPORTERS.junit.render(withRerun, CONTEXT));
    const list =
      result !== null && result !== undefined && 'testsuite' in result ? (result.testsuite ?? []) : [];
    const arrivals = list[1];
    const file = RUN.results[1]?.scenario.file ?? null;
    expect(file).not.toBeNull();
    // junit2json keeps every attribute; its types list only the common ones.
    const fileOf = (node: unknown): unknown => (node as { file?: unknown } | undefined)?.file;
    expect(fileOf(arrivals)).toBe(file);
    expect(fileOf(arrivals?.testcase?.[0])).toBe(file);
    const failed = arrivals?.testcase?.find((c) => c.failure !== undefined);
    expect(failed?.failure?.[0]?.inner).toContain(`rerun: inbox-move-sim run ${file}`);
  });

  it('gives a testcase the scenario wall time, in seconds', async () => {
    const timed = { ...RUN, results: RUN.results.map((r) => ({ ...r, wallMs: 1500 })) };
    const result = await parse(REPORTERS.junit.render(timed, CONTEXT));
    const list =
      result !== null && result !== undefined && 'testsuite' in result ? (result.testsuite ?? []) : [];
    expect(list[0]?.time).toBe(1.5);
    expect(list[0]?.testcase?.[0]?.time).toBe(1.5);
    expect(result !== null && result !== undefined && 'time' in result ? result.time : null).toBe(
      1.5 * RUN.results.length,
    );
  });

  it('has one testcase per exercised rule for an exploration, the counterexample and replay in its failure', async () => {
    const explore = (await suites()).find((s) => s.name === 'explore');
    const summary = RUN.explore;
    expect(summary?.failures.length).toBeGreaterThan(0);
    const first = summary?.failures[0];
    const failing = explore?.testcase?.find((c) => c.name?.startsWith(`${first?.ruleId ?? '?'} `));
    expect(failing?.failure?.[0]?.inner).toContain(`replay: ${first?.replay ?? '?'}`);
    const exercised = Object.values(summary?.rulesExercised ?? {}).filter((n) => n > 0).length;
    expect(explore?.testcase?.length).toBeGreaterThanOrEqual(exercised);
    expect(explore?.tests).toBeGreaterThan(0);
  });

  it('with junitSkipped, has a testcase per verdict and per expectation, with counts that add up', async () => {
    const result = await parse(REPORTERS.junit.render(RUN, { ...CONTEXT, junitSkipped: true }));
    if (result === null || result === undefined || !('testsuite' in result)) throw new Error('no root');
    const all = result;
    const list = (result.testsuite ?? []).filter((s) => s.name !== 'explore');
    RUN.results.forEach((result, i) => {
      const suite = list[i];
      const violated = result.verdicts.filter((v) => v.status === 'violated').length;
      const skipped = result.verdicts.filter(
        (v) => v.status === 'not-exercised' || v.status === 'not-applicable',
      );
      const failedExpectations = result.expectations.filter((e) => !e.ok).length;
      expect(suite?.testcase).toHaveLength(result.verdicts.length + result.expectations.length);
      expect(suite?.tests).toBe(result.verdicts.length + result.expectations.length);
      expect(suite?.failures).toBe(violated + failedExpectations);
      expect(suite?.skipped).toBe(skipped.length);
      expect(suite?.testcase?.filter((c) => c.failure !== undefined)).toHaveLength(
        violated + failedExpectations,
      );
      expect(suite?.testcase?.filter((c) => c.skipped !== undefined)).toHaveLength(skipped.length);
    });
    const sum = (key: 'tests' | 'failures' | 'skipped'): number =>
      list.reduce((n, s) => n + (s[key] ?? 0), 0);
    const explored = (result.testsuite ?? []).find((s) => s.name === 'explore');
    expect(all.tests).toBe(sum('tests') + (explored?.tests ?? 0));
    expect(all.failures).toBe(sum('failures') + (explored?.failures ?? 0));
    expect(sum('tests')).toBe(RUN.results.reduce((n, r) => n + r.verdicts.length + r.expectations.length, 0));
  });

  it('names a testcase "ID title" with the scenario as classname, and shows expected vs actual', async () => {
    const arrivals = (await suites())[1];
    const move2 = arrivals?.testcase?.find((c) => c.name?.startsWith('MOVE-2 '));
    expect(move2?.name).toBe('MOVE-2 Arrivals during the move are moved too');
    expect(move2?.classname).toBe('arrivals-during-move');
    const body = move2?.failure?.[0]?.inner ?? '';
    expect(body).toContain('expected: conversation c-7 in help desk after the move');
    expect(body).toContain('actual: c-7 still in the inbox');
    expect(body).toContain('conversations c-7');
    const expectation = arrivals?.testcase?.find((c) => c.name === 'expectation: tickets in help desk');
    expect(expectation?.failure?.[0]?.message).toBe('expected 12, actual 13');
  });

  it('keeps hostile strings as text: the names round-trip, control characters become U+FFFD', async () => {
    const hostile = (await suites())[2];
    expect(hostile?.name).toBe(`hostile-${HOSTILE.attr}`);
    const expectation = hostile?.testcase?.find((c) => c.name === `expectation: ${HOSTILE.pwned}`);
    expect(expectation?.failure?.[0]?.inner).toContain('nul \uFFFD bell');
    expect(expectation?.failure?.[0]?.inner).toContain(HOSTILE.markdown);
  });
});
