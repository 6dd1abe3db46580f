// fast-check arbitraries of malformed scenario documents, one per kind of damage, built on the
// real suite files (see _mutations.ts for why each kind is always invalid).
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import {
  anyNode,
  BROKEN_LINES,
  counts,
  idLists,
  mappings,
  references,
  requiredFields,
  setAt,
  toYaml,
  truncationLimit,
  type Base,
  type Json,
  type Path,
} from './_mutations.ts';

/** One malformed document and the kind of damage done to it. */
export interface Malformed {
  readonly kind: string;
  readonly base: string;
  readonly text: string;
}

type Picker = (base: Base) => Path[];

/** A base that has at least one node of the kind `pick` finds, and one of those nodes. */
function target(bases: readonly Base[], pick: Picker): Arbitrary<{ base: Base; path: Path }> {
  const usable = bases.filter((base) => pick(base).length > 0);
  return fc
    .record({ baseIndex: fc.nat({ max: usable.length - 1 }), pathIndex: fc.nat() })
    .map(({ baseIndex, pathIndex }) => {
      const base = usable[baseIndex] as Base;
      const paths = pick(base);
      return { base, path: paths[pathIndex % paths.length] as Path };
    });
}

function mutated(kind: string, base: Base, path: Path, update: (old: Json) => Json | undefined): Malformed {
  return { kind, base: base.name, text: toYaml(setAt(base.data, path, update)) };
}

const WRONG_SHAPES: readonly Json[] = [{ zz_unknown: [1] }, [[[]]], [{ zz_unknown: null }]];
const BAD_COUNTS: readonly number[] = [-1, -1e9, 1.5, Number.NaN, Infinity, -Infinity, 1e308, 2 ** 53];
/** Too big to build (the world's counts), though a fine number to expect. */
const HUGE_COUNTS: readonly number[] = [5e7, 1_000_001, 2 ** 40];
const UNKNOWN_RULES: readonly string[] = ['NOPE-99', 'elig-1', 'HIST-9z', 'INV-0', ''];

const unknownKey = (bases: readonly Base[]): Arbitrary<Malformed> =>
  fc
    .tuple(target(bases, mappings), fc.constantFrom('zz_unknown', 'Id', 'titel', 'script ', '0'))
    .map(([{ base, path }, name]) =>
      mutated('unknown key', base, path.length === 0 ? [name] : [...path, name], () => 1),
    );

const wrongType = (bases: readonly Base[]): Arbitrary<Malformed> =>
  fc
    .tuple(target(bases, anyNode), fc.constantFrom(...WRONG_SHAPES))
    .map(([{ base, path }, shape]) => mutated('wrong type', base, path, () => shape));

const missingField = (bases: readonly Base[]): Arbitrary<Malformed> =>
  target(bases, requiredFields).map(({ base, path }) =>
    mutated('missing field', base, path, () => undefined),
  );

const badNumber = (bases: readonly Base[]): Arbitrary<Malformed> =>
  fc.tuple(target(bases, counts), fc.nat()).map(([{ base, path }, pick]) => {
    const buildable = path[0] !== 'expect' && ['count', 'messages', 'tickets'].includes(String(path.at(-1)));
    const values = buildable ? [...BAD_COUNTS, ...HUGE_COUNTS] : BAD_COUNTS;
    return mutated('bad number', base, path, () => values[pick % values.length]);
  });

const duplicateId = (bases: readonly Base[]): Arbitrary<Malformed> =>
  fc.tuple(target(bases, idLists), fc.nat()).map(([{ base, path }, pick]) =>
    mutated('duplicate ID', base, path, (old) => {
      const list = old as Json[];
      return [...list, structuredClone(list[pick % list.length] as Json)];
    }),
  );

const danglingReference = (bases: readonly Base[]): Arbitrary<Malformed> =>
  fc
    .tuple(target(bases, references), fc.constantFrom('zz-nowhere', 'ghost', 'admin-2'))
    .map(([{ base, path }, id]) => mutated('dangling reference', base, path, () => id));

const unknownRule = (bases: readonly Base[]): Arbitrary<Malformed> =>
  fc
    .tuple(fc.constantFrom(...bases), fc.constantFrom(...UNKNOWN_RULES), fc.nat())
    .map(([base, rule, pick]) => {
      const targets = base.data.targets as Json[];
      const at = pick % (targets.length + 1);
      return mutated('unknown rule ID', base, ['targets'], () => [
        ...targets.slice(0, at),
        rule,
        ...targets.slice(at),
      ]);
    });

const invalidYaml = (bases: readonly Base[]): Arbitrary<Malformed> =>
  fc
    .tuple(fc.constantFrom(...bases), fc.constantFrom(...BROKEN_LINES), fc.nat())
    .map(([base, line, pick]) => {
      const lines = base.text.split('\n');
      const at = pick % (lines.length + 1);
      const text = [...lines.slice(0, at), line, ...lines.slice(at)].join('\n');
      return { kind: 'invalid YAML', base: base.name, text };
    });

const truncated = (bases: readonly Base[]): Arbitrary<Malformed> =>
  fc.tuple(fc.constantFrom(...bases), fc.nat()).map(([base, cut]) => ({
    kind: 'truncated',
    base: base.name,
    text: base.text.slice(0, cut % (truncationLimit(base) + 1)),
  }));

const garbage = (): Arbitrary<Malformed> =>
  fc
    .oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.uint8Array({ maxLength: 400 }).map((bytes) => String.fromCharCode(...bytes)),
    )
    .map((text) => ({ kind: 'binary garbage', base: '(none)', text }));

/** Nesting thousands deep, in flow and block style, where the document expects something flat. */
const deepNesting = (): Arbitrary<Malformed> =>
  fc
    .tuple(fc.integer({ min: 50, max: 20_000 }), fc.constantFrom('flow-list', 'flow-map', 'block', 'dash'))
    .map(([depth, style]) => {
      const head = 'id: deep\ntitle: Deep\ntargets: [INV-1]\n';
      const block = Math.min(depth, 400);
      const body =
        style === 'flow-list'
          ? `channels: ${'['.repeat(depth)}${']'.repeat(depth)}\n`
          : style === 'flow-map'
            ? `account: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`
            : style === 'block'
              ? `account:\n${Array.from({ length: block }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`
              : `users:\n${'- '.repeat(depth)}x\n`;
      return { kind: 'deep nesting', base: '(none)', text: head + body };
    });

/** 100k to 1M characters where no text of that size can be valid. */
const hugeString = (bases: readonly Base[]): Arbitrary<Malformed> =>
  fc
    .tuple(
      fc.constantFrom(...bases),
      fc.integer({ min: 100_000, max: 1_000_000 }),
      fc.constantFrom('a', 'é', '<x>', ' \u202E'),
      fc.constantFrom('kind', 'target', 'key', 'id', 'reference'),
    )
    .map(([base, size, unit, where]) => {
      const huge = unit.repeat(Math.ceil(size / unit.length));
      const data = structuredClone(base.data);
      if (where === 'kind') data.channels = [{ id: 'c', kind: huge }];
      else if (where === 'target') data.targets = [huge];
      else if (where === 'key') data[huge] = 1;
      else if (where === 'id') data.id = `bad id ${huge}`;
      else data.conversations = [{ id: 'zz', channel: `zz${huge}` }];
      return { kind: 'huge string', base: base.name, text: toYaml(data) };
    });

/** Aliases that expand exponentially ("billion laughs"). */
const aliasBomb = (bases: readonly Base[]): Arbitrary<Malformed> =>
  fc.tuple(fc.constantFrom(...bases), fc.integer({ min: 6, max: 12 })).map(([base, levels]) => {
    const lines = ['l0: &l0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < levels; i += 1)
      lines.push(
        `l${i}: &l${i} [${Array(10)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      );
    return { kind: 'alias bomb', base: base.name, text: `${base.text}\n${lines.join('\n')}\n` };
  });

/** Every kind, by name, with the number of documents the loader fuzz tries of it. */
export function malformedKinds(
  bases: readonly Base[],
): { name: string; arb: Arbitrary<Malformed>; runs: number }[] {
  return [
    { name: 'unknown key', arb: unknownKey(bases), runs: 1400 },
    { name: 'wrong type', arb: wrongType(bases), runs: 1800 },
    { name: 'missing field', arb: missingField(bases), runs: 800 },
    { name: 'bad number', arb: badNumber(bases), runs: 900 },
    { name: 'duplicate ID', arb: duplicateId(bases), runs: 600 },
    { name: 'dangling reference', arb: danglingReference(bases), runs: 900 },
    { name: 'unknown rule ID', arb: unknownRule(bases), runs: 600 },
    { name: 'invalid YAML', arb: invalidYaml(bases), runs: 1200 },
    { name: 'truncated', arb: truncated(bases), runs: 1000 },
    { name: 'binary garbage', arb: garbage(), runs: 1200 },
    { name: 'deep nesting', arb: deepNesting(), runs: 150 },
    { name: 'huge string', arb: hugeString(bases), runs: 40 },
    { name: 'alias bomb', arb: aliasBomb(bases), runs: 20 },
  ];
}

/** Any kind of damage (for the CLI, which tries fewer documents). */
export const anyMalformed = (bases: readonly Base[]): Arbitrary<Malformed> =>
  fc.oneof(...malformedKinds(bases).map((kind) => kind.arb));
