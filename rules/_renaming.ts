import type { Trace } from '../domain/index.ts';

/** Keys whose string values are IDs: `id`, `ticketId`, `ownerId`, ... (and `userIds`, `channelHistory` lists). */
const ID_KEY = /^(?:id|.*Id)$/;
const ID_LIST_KEY = /^(?:.*Ids|channelHistory)$/;

/** `ID_KEY.test(key)`, the regex run only on keys that can match (most keys cannot). */
function isIdKey(key: string): boolean {
  return key.endsWith('Id') ? ID_KEY.test(key) : key === 'id';
}

/** `ID_LIST_KEY.test(key)`, likewise. */
function isIdListKey(key: string): boolean {
  return key.endsWith('Ids') ? ID_LIST_KEY.test(key) : key === 'channelHistory';
}

function hasToJson(value: object): value is { toJSON: (key: string) => unknown } {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

/** What a walk of `visitIds` does besides calling `onId`. */
interface Walk {
  readonly onId: (id: string) => void;
  /** Objects not looked into. */
  readonly skip?: ReadonlySet<object>;
  /** Receives every object (not list) looked into. */
  readonly record?: Set<object>;
}

/**
 * Calls `walk.onId` for every ID in `value`: each string a replacer looking for IDs would see in
 * `JSON.stringify(value, replacer)` (a string under an ID key, a string item of a list under an
 * ID-list key), without building the text.
 */
function visitIds(key: string, value: unknown, walk: Walk): void {
  const v = typeof value === 'object' && value !== null && hasToJson(value) ? value.toJSON(key) : value;
  if (typeof v === 'string') {
    if (isIdKey(key)) walk.onId(v);
    return;
  }
  if (typeof v !== 'object' || v === null) return;
  if (Array.isArray(v)) {
    const list = isIdListKey(key);
    for (let i = 0; i < v.length; i += 1) {
      const item: unknown = v[i];
      // An index is never an ID key: only an ID list's strings count, and objects are looked into.
      if (typeof item === 'string') {
        if (list) walk.onId(item);
      } else if (typeof item === 'object' && item !== null) visitIds(String(i), item, walk);
    }
    return;
  }
  if (walk.skip?.has(v) === true) return;
  walk.record?.add(v);
  for (const k of Object.keys(v)) visitIds(k, (v as Record<string, unknown>)[k], walk);
}

/**
 * Every ID the harness gave the system: those in the world before and in the commands. An ID in
 * a trace that is not one of these was minted by the system (a created ticket's ID, say).
 * `objects`, when given, receives every object (not list: an ID list's IDs depend on its key) of
 * the world before: all the IDs inside one are given.
 */
export function givenIds(trace: Trace, objects?: Set<object>): Set<string> {
  const known = new Set<string>();
  const onId = (id: string): void => {
    known.add(id);
  };
  visitIds('', trace.before, objects === undefined ? { onId } : { onId, record: objects });
  for (const step of trace.steps) visitIds('', step.command, { onId });
  return known;
}

/**
 * The IDs in `values` that are not `given`: the IDs a system minted. Objects of the world before
 * (`skip`, shared by a world after that did not change them) hold given IDs only, so they are not
 * looked into.
 */
export function mintedIds(
  values: readonly unknown[],
  given: ReadonlySet<string>,
  skip: ReadonlySet<object>,
): Set<string> {
  const minted = new Set<string>();
  const onId = (id: string): void => {
    if (!given.has(id)) minted.add(id);
  };
  for (const value of values) visitIds('', value, { onId, skip });
  return minted;
}

/**
 * Serialises values with every system-minted ID replaced by `<minted n>`, n counting in the order
 * IDs are first met. One instance per trace, fed in the same order for both traces: two runs that
 * differ only by a consistent renaming (a bijection) of minted IDs serialise alike, while two
 * tickets sharing an ID in one run and not in the other, or any other difference, still show.
 */
export class MintedIdCanon {
  private readonly names = new Map<string, string>();

  constructor(private readonly given: ReadonlySet<string>) {}

  /** How many minted IDs were renamed so far. */
  get size(): number {
    return this.names.size;
  }

  private rename(id: string): string {
    if (this.given.has(id)) return id;
    let name = this.names.get(id);
    if (name === undefined) {
      name = `<minted ${this.names.size + 1}>`;
      this.names.set(id, name);
    }
    return name;
  }

  private readonly replacer = (key: string, value: unknown): unknown => {
    if (typeof value === 'string' && ID_KEY.test(key)) return this.rename(value);
    if (Array.isArray(value) && ID_LIST_KEY.test(key))
      return value.map((item: unknown) => (typeof item === 'string' ? this.rename(item) : item));
    return value;
  };

  /** JSON text of `value` with minted IDs canonicalised; undefined stays undefined. */
  text(value: unknown): string | undefined {
    return JSON.stringify(value, this.replacer);
  }
}
