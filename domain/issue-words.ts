import type { z } from 'zod';

// Words for a value that failed validation: where it is, what was expected and what was found.
// Shared by the scenario loader (scenarios/: a bad file is an InputError) and the checks of a
// system's answers (harness/: a malformed answer is a SystemFailure), so both say it the same way.

/** A text from the input, quoted and cut short: a message names a value, it does not repeat 1 MB of it. */
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

/** Words for a value found in the input. */
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

/** What kind of problem a zod issue is: a scenario file gives each kind its own error code. */
export type IssueKind = 'missing-field' | 'unknown-key' | 'schema';

/**
 * What is wrong with a validated value, in words, and where: a zod issue in words (`IssueWords`)
 * and a scenario file's `Issue` are both this, classified each their own way.
 */
export interface IssueText {
  readonly path: readonly (string | number)[];
  readonly expected: string;
  readonly found: string;
  /** Point at the key rather than its value (unknown keys). */
  readonly atKey?: boolean;
}

/** A zod issue in words, at a path of the validated input. */
export interface IssueWords extends IssueText {
  readonly kind: IssueKind;
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

/** A zod issue in words, with `prefix` before its path (the place of the validated value). */
export function zodIssueWords(
  issue: z.core.$ZodIssue,
  prefix: readonly (string | number)[] = [],
): IssueWords {
  const path = [...prefix, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))];
  const found = describeFound(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      return {
        kind: issue.input === undefined ? 'missing-field' : 'schema',
        path,
        expected: TYPE_WORDS[issue.expected] ?? issue.expected,
        found,
      };
    case 'unrecognized_keys':
      return {
        kind: 'unknown-key',
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
        kind: 'schema',
        path,
        expected: `one of ${issue.values.map((v) => String(v)).join(', ')}`,
        found,
      };
    case 'too_small':
      return { kind: 'schema', path, expected: tooSmall(issue), found };
    case 'invalid_key':
      return {
        kind: 'schema',
        path,
        expected: issue.issues[0]?.message ?? issue.message,
        found,
        atKey: true,
      };
    case 'too_big':
      return { kind: 'schema', path, expected: tooBig(issue), found };
    case 'custom':
    case 'invalid_union':
    case 'invalid_format':
    case 'invalid_element':
    case 'not_multiple_of':
      // Our schemas give these a message that says what is expected.
      return { kind: 'schema', path, expected: issue.message, found };
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
