import type { z } from 'zod';

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
export interface Issue {
  readonly code: ScenarioErrorCode;
  readonly path: readonly (string | number)[];
  readonly expected: string;
  readonly found: string;
  /** Point at the key rather than its value (unknown keys). */
  readonly atKey?: boolean;
}

/** Words for a value found in the file. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'nothing (null)';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return `a mapping with keys ${Object.keys(value).join(', ') || '(none)'}`;
  return typeof value;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  object: 'a mapping (key: value)',
  array: 'a list',
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  null: 'nothing',
};

/** Turns a zod issue into an Issue, with `prefix` before its path (the place of the validated value). */
export function fromZodIssue(issue: z.core.$ZodIssue, prefix: readonly (string | number)[] = []): Issue {
  const path = [...prefix, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))];
  const found = describeFound(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      return {
        code: issue.input === undefined ? 'SCENARIO_MISSING_FIELD' : 'SCENARIO_SCHEMA',
        path,
        expected: TYPE_WORDS[issue.expected] ?? issue.expected,
        found,
      };
    case 'unrecognized_keys':
      return {
        code: 'SCENARIO_UNKNOWN_KEY',
        path: [...path, issue.keys[0] ?? ''],
        expected: issue.message,
        found: `the unknown key ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}`,
        atKey: true,
      };
    case 'invalid_value':
      return {
        code: 'SCENARIO_SCHEMA',
        path,
        expected: `one of ${issue.values.map((v) => String(v)).join(', ')}`,
        found,
      };
    case 'too_small':
      return { code: 'SCENARIO_SCHEMA', path, expected: tooSmall(issue), found };
    case 'invalid_key':
      return {
        code: 'SCENARIO_SCHEMA',
        path,
        expected: issue.issues[0]?.message ?? issue.message,
        found,
        atKey: true,
      };
    case 'custom':
    case 'invalid_union':
    case 'invalid_format':
    case 'invalid_element':
    case 'not_multiple_of':
    case 'too_big':
      // Our schemas give these a message that says what is expected.
      return { code: 'SCENARIO_SCHEMA', path, expected: issue.message, found };
  }
}

function tooSmall(issue: z.core.$ZodIssueTooSmall): string {
  const min = Number(issue.minimum);
  if (issue.origin === 'array') return `a list of at least ${min} ${min === 1 ? 'entry' : 'entries'}`;
  if (issue.origin === 'string')
    return min <= 1 ? 'a non-empty text' : `a text of at least ${min} characters`;
  return `a number ${issue.inclusive === true ? 'at least' : 'greater than'} ${min}`;
}

/** `conversations[3].status` */
export function formatPath(path: readonly (string | number)[]): string {
  let text = '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : text === '' ? part : `.${part}`;
  return text === '' ? '(top level)' : text;
}
