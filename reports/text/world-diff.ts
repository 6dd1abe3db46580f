// What a step changed in the world, object by object and field by field, for the trace view.
import type { FieldChange, World, WorldChange } from '../../domain/index.ts';

/**
 * Past these, a change list keeps its total but not its items: a step can move 10,000 conversations.
 * Each kind of change (tickets created, conversations changed...) gets its own share, so that a
 * thousand moved conversations do not hide the tickets created beside them.
 */
export const CHANGES_SHOWN = 32;
export const CHANGES_PER_KIND = 8;
const FIELDS_SHOWN = 12;
const VALUE_MAX = 120;

type Collection = Exclude<WorldChange['collection'], 'account'>;
const COLLECTIONS = [
  'conversations',
  'tickets',
  'channels',
  'users',
] as const satisfies readonly Collection[];

/** A value as short text: arrays of many items by their count, the rest as cut JSON. */
export function shortValue(value: unknown): string {
  if (value === undefined) return '—';
  // JSON.stringify gives undefined only for functions and symbols, which worlds never hold.
  const text = JSON.stringify(value) ?? typeof value;
  if (Array.isArray(value) && text.length > VALUE_MAX) return `${value.length} items`;
  return text.length > VALUE_MAX ? `${text.slice(0, VALUE_MAX - 1)}…` : text;
}

function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  // Arrays of different lengths differ: no need to serialise a thousand messages to see it.
  if (Array.isArray(x) && Array.isArray(y) && x.length !== y.length) return false;
  return JSON.stringify(x) === JSON.stringify(y);
}

/** The fields that differ, in name order; `limit` 1 answers "does anything differ" cheaply. */
function fieldChanges(
  before: object | undefined,
  after: object | undefined,
  limit = FIELDS_SHOWN,
): FieldChange[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
  const changes: FieldChange[] = [];
  for (const field of keys) {
    if (changes.length >= limit) break;
    if (!sameValue(b[field], a[field]))
      changes.push({ field, before: shortValue(b[field]), after: shortValue(a[field]) });
  }
  return changes;
}

/**
 * The objects that differ between two worlds, in collection then world order, capped (the total
 * counts them all). Worlds are immutable values: an unchanged object is the same
 * reference, so most comparisons cost nothing.
 */
export function diffWorlds(before: World, after: World): { total: number; shown: WorldChange[] } {
  const changes: WorldChange[] = [];
  const perKind = new Map<string, number>();
  let total = 0;
  // Whether a change of this kind will be listed: if not, it is only counted (and costs less).
  const listed = (collection: string, change: WorldChange['change']): boolean =>
    changes.length < CHANGES_SHOWN && (perKind.get(`${collection} ${change}`) ?? 0) < CHANGES_PER_KIND;
  const add = (change: WorldChange): void => {
    total += 1;
    if (!listed(change.collection, change.change)) return;
    const kind = `${change.collection} ${change.change}`;
    perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
    changes.push(change);
  };
  if (before.account !== after.account) {
    const fields = fieldChanges(before.account, after.account);
    if (fields.length > 0) add({ collection: 'account', id: 'account', change: 'changed', fields });
  }
  for (const collection of COLLECTIONS) {
    const old = new Map<string, object>(before[collection].map((item) => [item.id, item]));
    const seen = new Set<string>();
    for (const item of after[collection]) {
      seen.add(item.id);
      const was = old.get(item.id);
      if (was === item) continue;
      if (was === undefined) {
        const fields = listed(collection, 'created') ? fieldChanges(was, item) : [];
        add({ collection, id: item.id, change: 'created', fields });
        continue;
      }
      const fields = fieldChanges(was, item, listed(collection, 'changed') ? FIELDS_SHOWN : 1);
      if (fields.length > 0) add({ collection, id: item.id, change: 'changed', fields });
    }
    for (const id of old.keys()) if (!seen.has(id)) add({ collection, id, change: 'removed', fields: [] });
  }
  return { total, shown: changes };
}
