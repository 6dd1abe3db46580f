import type { Trace } from '../domain/index.ts';

/** Keys whose string values are IDs: `id`, `ticketId`, `ownerId`, ... (and `userIds`, `channelHistory` lists). */
const ID_KEY = /^(?:id|.*Id)$/;
const ID_LIST_KEY = /^(?:.*Ids|channelHistory)$/;

/**
 * Every ID the harness gave the system: those in the world before and in the commands. An ID in
 * a trace that is not one of these was minted by the system (a created ticket's ID, say).
 */
export function givenIds(trace: Trace): Set<string> {
  const known = new Set<string>();
  const collect = (key: string, value: unknown): unknown => {
    if (typeof value === 'string' && ID_KEY.test(key)) known.add(value);
    else if (Array.isArray(value) && ID_LIST_KEY.test(key))
      for (const item of value) if (typeof item === 'string') known.add(item);
    return value;
  };
  JSON.stringify(trace.before, collect);
  JSON.stringify(
    trace.steps.map((step) => step.command),
    collect,
  );
  return known;
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
