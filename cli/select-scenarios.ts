import { InputError, type RuleId } from '../domain/index.ts';
import type { Scenario } from '../harness/index.ts';

/** How `run` narrows the scenarios it loaded. */
export interface Selection {
  /** Case-insensitive text in the scenario's id or title. */
  readonly grep?: string;
  /** Keep scenarios whose `targets` name one of these rules. */
  readonly rule?: readonly RuleId[];
}

/** What a selection asked for, in words, for the message when nothing is left. */
function described(selection: Selection): string {
  return [
    selection.grep === undefined ? null : `--grep ${JSON.stringify(selection.grep)}`,
    selection.rule === undefined ? null : `--rule ${selection.rule.join(',')}`,
  ]
    .filter((part) => part !== null)
    .join(' and ');
}

/**
 * The scenarios the selection keeps, in order. An empty result is bad input (exit 2): a typo in a
 * filter must not turn CI green by running nothing.
 */
export function selectScenarios(
  scenarios: readonly Scenario[],
  selection: Selection,
  from: string,
): Scenario[] {
  const needle = selection.grep?.toLowerCase();
  const rules = selection.rule === undefined ? null : new Set(selection.rule);
  const kept = scenarios.filter(
    (scenario) =>
      (needle === undefined ||
        scenario.ref.id.toLowerCase().includes(needle) ||
        scenario.ref.title.toLowerCase().includes(needle)) &&
      (rules === null || scenario.ref.targets.some((id) => rules.has(id))),
  );
  if (kept.length === 0 && scenarios.length > 0)
    throw new InputError(
      'EMPTY_SELECTION',
      null,
      described(selection),
      `a filter matching at least one of the ${scenarios.length} scenario(s) in ${from}`,
      'none',
    );
  return kept;
}
