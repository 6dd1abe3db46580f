import type { z } from 'zod';

/** Where a response broke its schema, in words: `result.events[2].type`, expected, found. */
export interface ShapeProblem {
  readonly path: string;
  readonly expected: string;
  readonly found: string;
}

/** `result.events[2].type` from ['result', 'events', 2, 'type']. */
export function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** The value at `path` inside `root` (undefined when the path leaves it). */
function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** A value as a message shows it: short JSON, or its kind when it is big. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing (missing)';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value);
    return `an object with keys ${keys.slice(0, 8).join(', ') || '(none)'}${keys.length > 8 ? ', …' : ''}`;
  }
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

const quoted = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(' | ');

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? 'an integer' : `a ${issue.expected}`;
    case 'invalid_value':
      return quoted(issue.values);
    case 'invalid_union':
      return issue.discriminator !== undefined && 'options' in issue && issue.options !== undefined
        ? `"${issue.discriminator}" one of ${quoted(issue.options)}`
        : 'one of the documented shapes';
    case 'too_small':
      return `${issue.origin === 'array' || issue.origin === 'string' ? 'length ' : ''}≥ ${String(issue.minimum)}`;
    case 'too_big':
      return `${issue.origin === 'array' || issue.origin === 'string' ? 'length ' : ''}≤ ${String(issue.maximum)}`;
    case 'custom':
    case 'invalid_element':
    case 'invalid_format':
    case 'invalid_key':
    case 'not_multiple_of':
    case 'unrecognized_keys':
      return issue.message;
  }
}

/** The first problem zod found, located in `root` (the value that was checked) under `prefix`. */
export function shapeProblem(error: z.ZodError, root: unknown, prefix: readonly PropertyKey[]): ShapeProblem {
  const [issue] = error.issues;
  if (issue === undefined) return { path: pathText(prefix), expected: 'a valid value', found: shown(root) };
  // zod points a union that failed on its discriminator at the discriminator itself.
  const path = issue.path;
  const expected =
    issue.code === 'invalid_union' && issue.discriminator !== undefined && 'options' in issue && issue.options
      ? quoted(issue.options)
      : expectedOf(issue);
  return { path: pathText([...prefix, ...path]), expected, found: shown(at(root, path)) };
}
