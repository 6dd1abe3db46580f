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

/** A text from the file, quoted and cut short: a message names a value, it does not repeat 1 MB of it. */
export function quoteShort(value: string, max = 60): string {
  return printable(JSON.stringify(value.length > max ? `${value.slice(0, max - 3)}...` : value), max + 40);
}

// C0 and C1 controls, line and paragraph separators, and bidirectional overrides/isolates.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from a file made safe for one terminal line: control characters (a NUL, an escape, a
 * right-to-left override) are shown as `\u0000` escapes, and a very long text is cut short.
 */
export function printable(text: string, max = 200): string {
  const safe = text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return safe.length > max ? `${safe.slice(0, max - 3)}...` : safe;
}

/** Words for a value found in the file. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'nothing (null)';
  if (typeof value === 'string') return quoteShort(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    const shown = keys.slice(0, 8).map((key) => (key.length > 40 ? quoteShort(key, 40) : key));
    const more = keys.length > shown.length ? `, ... (${keys.length} keys)` : '';
    return `a mapping with keys ${shown.join(', ') || '(none)'}${more}`;
  }
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
        found: `the unknown key ${issue.keys
          .slice(0, 5)
          .map((key) => quoteShort(key))
          .join(', ')}`,
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
    case 'too_big':
      return { code: 'SCENARIO_SCHEMA', path, expected: tooBig(issue), found };
    case 'custom':
    case 'invalid_union':
    case 'invalid_format':
    case 'invalid_element':
    case 'not_multiple_of':
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

function tooBig(issue: z.core.$ZodIssueTooBig): string {
  const max = Number(issue.maximum).toLocaleString('en-US');
  if (issue.origin === 'array') return `a list of at most ${max} entries`;
  if (issue.origin === 'string') return `a text of at most ${max} characters`;
  return `a number ${issue.inclusive === true ? 'at most' : 'less than'} ${max}`;
}

/** `conversations[3].status`; a very long key (an unknown one, say) is cut short. */
export function formatPath(path: readonly (string | number)[]): string {
  let text = '';
  for (const raw of path) {
    const part = typeof raw === 'string' ? printable(raw, 60) : raw;
    text += typeof part === 'number' ? `[${part}]` : text === '' ? part : `.${part}`;
  }
  return text === '' ? '(top level)' : text;
}
