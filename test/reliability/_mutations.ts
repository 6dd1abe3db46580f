// Mutations of real suite files into malformed scenario documents: each kind below is chosen so
// that the result is ALWAYS invalid (a mutation that could give a valid document is not used), so
// "the loader refuses it with one InputError" is a property that can fail.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { BUILTIN_SUITE_DIR } from '../../scenarios/index.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Path = readonly (string | number)[];

/** A suite file, parsed once and reused by every mutation. */
export interface Base {
  readonly name: string;
  readonly text: string;
  readonly data: { [key: string]: Json };
  /** Every node below the root, with its path. */
  readonly nodes: readonly { readonly path: Path; readonly value: Json }[];
}

function walk(value: Json, path: Path, out: { path: Path; value: Json }[]): void {
  if (path.length > 0) out.push({ path, value });
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index], out));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) walk(item, [...path, key], out);
}

/** The built-in suite, parsed. */
export function loadBases(): Base[] {
  return readdirSync(BUILTIN_SUITE_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(BUILTIN_SUITE_DIR, name), 'utf8');
      const data = parse(text) as { [key: string]: Json };
      const nodes: { path: Path; value: Json }[] = [];
      walk(data, [], nodes);
      return { name, text, data, nodes };
    });
}

/** A copy of `root` with the node at `path` replaced by `update(old)` (undefined: deleted). */
export function setAt(root: Json, path: Path, update: (old: Json) => Json | undefined): Json {
  const copy = structuredClone(root);
  let node: Json = copy;
  for (const part of path.slice(0, -1)) node = (node as Record<string | number, Json>)[part] as Json;
  const last = path[path.length - 1] as string | number;
  const parent = node as Record<string | number, Json>;
  const next = update(parent[last] as Json);
  if (next !== undefined) parent[last] = next;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}

/** YAML text of a value; `.nan` and `.inf` for NaN and Infinity. */
export const toYaml = (value: Json): string => stringify(value, { lineWidth: 0 });

const key = (path: Path): string | number | undefined => path[path.length - 1];
const isMapping = (value: Json): value is { [key: string]: Json } =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Mappings anywhere (an unknown key is an error in every one of them). */
export const mappings = (base: Base): Path[] => [
  [],
  ...base.nodes.filter((node) => isMapping(node.value)).map((node) => node.path),
];

/** Keys whose value is a count (not a time or a duration, where a number can be valid). */
const COUNT_KEYS = new Set(['count', 'messages', 'tickets', 'closedEvery', 'ticketEvery', 'step']);
export const counts = (base: Base): Path[] =>
  base.nodes
    .filter(
      (node) =>
        typeof node.value === 'number' &&
        (COUNT_KEYS.has(String(key(node.path))) || node.path[1] === 'counts'),
    )
    .map((node) => node.path);

/** Keys whose text value names a channel, a user or a conversation of the scenario. */
const REFERENCE_KEYS = new Set([
  'channel',
  'owner',
  'by',
  'to',
  'conversation',
  'user',
  'of',
  'continuedOverEmail',
  'cancel-move',
  'move-back',
  'move-history-later',
  'redeliver',
]);
export const references = (base: Base): Path[] =>
  base.nodes
    .filter((node) => typeof node.value === 'string' && REFERENCE_KEYS.has(String(key(node.path))))
    .map((node) => node.path);

/** Lists of things with IDs (a copied entry is a duplicate ID). */
export const idLists = (base: Base): Path[] =>
  (['users', 'channels', 'conversations'] as const)
    .filter((name) => Array.isArray(base.data[name]) && base.data[name].length > 0)
    .map((name) => [name]);

/** Required fields: the top-level ones and the IDs and kinds of entities. */
export const requiredFields = (base: Base): Path[] => [
  ['id'],
  ['title'],
  ['targets'],
  ...base.nodes
    .filter(
      (node) =>
        (node.path.length === 3 &&
          ['users', 'channels', 'conversations'].includes(String(node.path[0])) &&
          key(node.path) === 'id') ||
        (node.path[0] === 'channels' && key(node.path) === 'kind') ||
        (node.path[0] === 'bulk' && ['channel', 'count'].includes(String(key(node.path)))),
    )
    .map((node) => node.path),
];

/** Every node below the root: anything may get a value of a wrong shape. */
export const anyNode = (base: Base): Path[] => base.nodes.map((node) => node.path);

/**
 * The offset before which a cut leaves the file without a complete `targets:` entry, so a
 * truncated file always lacks a required field (or is broken YAML).
 */
export function truncationLimit(base: Base): number {
  const at = base.text.search(/^targets:/m);
  return at === -1 ? 0 : at + 'targets'.length;
}

/** Lines a YAML parser must reject wherever they are inserted (at column 0). */
export const BROKEN_LINES: readonly string[] = [
  ']]] {{ oops',
  'key: [unclosed, list',
  'key: "unterminated',
  '\t- tab: indented',
  ': : :',
  '- dash at the top: [',
  'id: duplicate-key-at-top',
];
