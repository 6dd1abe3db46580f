import { describe, expect, it } from 'vitest';
import type { RuleId, ScenarioResult } from '../../domain/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { CATALOGUE } from '../../rules/index.ts';
import { BUILTIN_SUITE_DIR, loadScenarios } from '../../scenarios/index.ts';
import { runScenario, type Scenario } from '../../harness/index.ts';

/**
 * Scenarios that fail only because a checker or the reference system disagrees with
 * docs/SEMANTICS.md. The scenario is right and is not bent; the test is marked as failing so that
 * it turns red (and this entry must go) as soon as the culprit is fixed.
 */
const KNOWN_DISAGREEMENTS: Readonly<Record<string, string>> = {};

const scenarios: readonly Scenario[] = loadScenarios([BUILTIN_SUITE_DIR]);
const results = new Map<string, ScenarioResult>();
function resultOf(scenario: Scenario): ScenarioResult {
  let result = results.get(scenario.ref.id);
  if (result === undefined) {
    result = runScenario(scenario, { factory: createReferenceSystem }).result;
    results.set(scenario.ref.id, result);
  }
  return result;
}

/** Everything wrong with one scenario's result, in words (empty when it is right). */
function problems(scenario: Scenario, result: ScenarioResult): string[] {
  const out: string[] = [];
  for (const e of result.expectations)
    if (!e.ok) out.push(`expectation "${e.description}": expected ${e.expected}, actual ${e.actual}`);
  for (const v of result.verdicts)
    if (v.status === 'violated') out.push(`${v.ruleId} violated: ${JSON.stringify(v.findings.slice(0, 2))}`);
  for (const target of scenario.ref.targets) {
    const verdict = result.verdicts.find((v) => v.ruleId === target);
    if (verdict?.status !== 'pass')
      out.push(
        `target ${target} is ${verdict?.status ?? 'not judged'}${verdict !== undefined && 'why' in verdict ? `: ${verdict.why}` : ''}`,
      );
  }
  return out;
}

describe('the built-in suite against the reference system', () => {
  it('has one scenario per file, with unique IDs', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
    expect(new Set(scenarios.map((s) => s.ref.id)).size).toBe(scenarios.length);
  });

  for (const scenario of scenarios) {
    const known = KNOWN_DISAGREEMENTS[scenario.ref.id];
    const test = known === undefined ? it : it.fails;
    test(`${scenario.ref.id}: expectations hold, targets pass, nothing violated`, () => {
      const result = resultOf(scenario);
      expect(problems(scenario, result)).toEqual([]);
      expect(result.outcome).toBe('pass');
    });
  }

  it('exercises (pass) every MUST, REFUSE and INVARIANT rule in at least one scenario', () => {
    const passed = new Set<RuleId>();
    for (const scenario of scenarios)
      for (const v of resultOf(scenario).verdicts) if (v.status === 'pass') passed.add(v.ruleId);
    const required = CATALOGUE.filter((rule) => ['MUST', 'REFUSE', 'INVARIANT'].includes(rule.kind));
    expect(required.length).toBeGreaterThanOrEqual(36);
    expect(required.map((rule) => rule.id).filter((id) => !passed.has(id))).toEqual([]);
  });

  it('targets every MUST and REFUSE rule in at least one scenario file', () => {
    const targeted = new Set(scenarios.flatMap((s) => s.ref.targets));
    const untargeted = CATALOGUE.filter(
      (rule) => ['MUST', 'REFUSE'].includes(rule.kind) && !targeted.has(rule.id),
    );
    expect(untargeted.map((rule) => rule.id)).toEqual([]);
  });
});
