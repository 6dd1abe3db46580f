import type { z } from 'zod';
import { zodIssueWords, type IssueKind, type IssueText } from '../domain/issue-words.ts';

/** Stable codes of the InputErrors a scenario file can raise. */
export type ScenarioErrorCode =
  | 'SCENARIO_FILE'
  | 'SCENARIO_ENCODING'
  | 'YAML_SYNTAX'
  | 'SCENARIO_SCHEMA'
  | 'SCENARIO_UNKNOWN_KEY'
  | 'SCENARIO_MISSING_FIELD'
  | 'SCENARIO_DUPLICATE_ID'
  | 'SCENARIO_REFERENCE'
  | 'SCENARIO_IMPOSSIBLE';

/** One thing wrong with a scenario, at a path of the YAML document (before it becomes an InputError). */
export interface Issue extends IssueText {
  readonly code: ScenarioErrorCode;
}

const CODE_OF: Readonly<Record<IssueKind, ScenarioErrorCode>> = {
  'missing-field': 'SCENARIO_MISSING_FIELD',
  'unknown-key': 'SCENARIO_UNKNOWN_KEY',
  schema: 'SCENARIO_SCHEMA',
};

/** Turns a zod issue into an Issue, with `prefix` before its path (the place of the validated value). */
export function fromZodIssue(issue: z.core.$ZodIssue, prefix: readonly (string | number)[] = []): Issue {
  const { kind, ...words } = zodIssueWords(issue, prefix);
  return { code: CODE_OF[kind], ...words };
}
