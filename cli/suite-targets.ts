import type { RuleId } from '../domain/index.ts';
import { BUILTIN_SUITE_DIR, loadScenarios } from '../scenarios/index.ts';

/** Rule ID → the built-in scenarios that list it in `targets` (in suite order). */
export function builtinTargets(): ReadonlyMap<RuleId, readonly string[]> {
  const byRule = new Map<RuleId, string[]>();
  for (const scenario of loadScenarios([BUILTIN_SUITE_DIR])) {
    for (const id of scenario.ref.targets) byRule.set(id, [...(byRule.get(id) ?? []), scenario.ref.id]);
  }
  return byRule;
}
