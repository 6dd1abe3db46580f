import type { RuleId, ScenarioResult, SyncSystemFactory } from '../../domain/index.ts';
import { RULE_IDS } from '../../domain/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { BUILTIN_SUITE_DIR, loadScenarios } from '../../scenarios/index.ts';
import { runScenario } from '../../harness/index.ts';
import type { Scenario } from '../../harness/index.ts';
import { KNOWN_BAD } from '../../mutants/index.ts';
import type { KnownBad } from '../../mutants/index.ts';

/** One system's row of the kill matrix: for every rule violated, the scenarios that caught it. */
export interface KillRow {
  readonly name: string;
  /** null for the reference system. */
  readonly intended: RuleId | null;
  readonly violated: ReadonlyMap<RuleId, readonly string[]>;
  /** Scenarios whose `expect:` block failed: listed apart for reading, never counted as a catch. */
  readonly failedExpectations: readonly string[];
}

export interface KillMatrix {
  readonly scenarios: number;
  readonly reference: KillRow;
  readonly rows: readonly KillRow[];
}

/**
 * Plays every scenario against one system and collects the rules it was judged to violate (rule
 * verdicts only), and apart from them the scenarios whose expectations failed.
 */
export function playSystem(
  scenarios: readonly Scenario[],
  name: string,
  factory: SyncSystemFactory,
  intended: RuleId | null,
): KillRow {
  const violated = new Map<RuleId, string[]>();
  const failedExpectations: string[] = [];
  for (const scenario of scenarios) {
    const result: ScenarioResult = runScenario(scenario, { factory, systemName: name }).result;
    for (const verdict of result.verdicts) {
      if (verdict.status !== 'violated') continue;
      const list = violated.get(verdict.ruleId) ?? [];
      list.push(scenario.ref.id);
      violated.set(verdict.ruleId, list);
    }
    if (result.expectations.some((e) => !e.ok)) failedExpectations.push(scenario.ref.id);
  }
  const ordered = new Map(
    RULE_IDS.filter((id) => violated.has(id)).map((id) => [id, violated.get(id) ?? []]),
  );
  return { name, intended, violated: ordered, failedExpectations };
}

/** The kill matrix of the built-in suite: the reference system, then every known-bad system. */
export function computeKillMatrix(systems: readonly KnownBad[] = KNOWN_BAD): KillMatrix {
  const scenarios = loadScenarios([BUILTIN_SUITE_DIR]);
  return {
    scenarios: scenarios.length,
    reference: playSystem(scenarios, 'reference', createReferenceSystem, null),
    rows: systems.map((s) => playSystem(scenarios, s.name, s.factory, s.intended)),
  };
}
