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
  it('has a testsuite per scenario, named after its ID', async () => {
    const names = (await suites()).map((s) => s.name);
    expect(names).toEqual(RUN.results.map((r) => r.scenario.id));
  });

  it('has a testcase per verdict and per expectation, with counts that add up', async () => {
    const all = await parsed();
    const list = await suites();
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
    expect(all.tests).toBe(sum('tests'));
    expect(all.failures).toBe(sum('failures'));
    expect(all.tests).toBe(RUN.results.reduce((n, r) => n + r.verdicts.length + r.expectations.length, 0));
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
