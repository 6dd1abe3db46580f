import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// Channels and their settings are built by the world builder (domain/world-builder.ts), so their
// defaults, and the order of their keys (which shows in saved counterexamples and report diffs), live
// in one place. A source that writes a whole channel, or a whole settings object, as a literal has
// gone around it. Giving the builder some settings in part (`settings: { signature: '' }`) is the
// point of it; writing all of them out is allowed only where each entry below says why.

const ROOT = join(import.meta.dirname, '..');
const NOT_SOURCE = new Set(['node_modules', 'dist', 'out', 'coverage', 'docs']);
const SELF = 'test/hand-built-channels.test.ts';

/** Files that write all the settings out, and why that is not building around the builder. */
const ALLOWED: Readonly<Record<string, string>> = {
  'domain/world-builder.ts': 'the builder itself',
  'generators/generate-channels.ts':
    'every field is drawn, in this order, from the seeded stream (the order makes the world); the builder gets them as parts',
  'generators/arbitraries/resolve-world.ts':
    'every field follows from the drawn channel spec (routing, auto-reply, kept status); the builder gets them as parts',
  'test/support/fixtures.ts':
    'the tests’ configured settings, every field unlike the default so that a reset shows (SET-1); the builder gets them as parts',
  'mutants/settings-reset.ts': 'a known-bad system: the settings it resets a channel to are its bug',
  'test/domain/world-builder.test.ts': 'the builder’s expected output, written out to check it',
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith('.') || NOT_SOURCE.has(name)) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** The text with comments and the insides of strings blanked out (same length, so offsets hold). */
function codeOnly(text: string): string {
  return text.replace(
    /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g,
    (m) => (m.startsWith('/') ? ' '.repeat(m.length) : m[0] + ' '.repeat(m.length - 2) + m[0]),
  );
}

/** Each `{ … }` of the code with its own keys (not `readonly` members of a type) and how their values start. */
function objectLiterals(code: string): Map<string, string>[] {
  const literals: Map<string, string>[] = [];
  const open: Map<string, string>[] = [];
  // `key: value`, or a shorthand `key,` / `key }` (its value is a variable of that name).
  const key = /^([A-Za-z_$][\w$]*)\s*(?::\s*(\S{0,24})|(?=[,}]))/;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '{') open.push(new Map());
    else if (c === '}') {
      const done = open.pop();
      if (done !== undefined) literals.push(done);
    } else if (/[A-Za-z_$]/.test(c ?? '') && !/[\w$.]/.test(code[i - 1] ?? '')) {
      const match = key.exec(code.slice(i, i + 80));
      const before = code.slice(Math.max(0, i - 9), i);
      if (match !== null && !before.endsWith('readonly ') && !/[?]\s*$/.test(before)) {
        open.at(-1)?.set(match[1] ?? '', match[2] ?? '');
      }
      while (/[\w$]/.test(code[i + 1] ?? '')) i++;
    }
  }
  return literals;
}

const has = (keys: Map<string, string>, names: readonly string[]) => names.every((name) => keys.has(name));

/** A zod schema of a channel or of its settings: its values are schemas, not values. */
const isSchema = (keys: Map<string, string>): boolean =>
  [...keys.values()].some((value) => /^(z\.|strict\(|\w+Schema\b)/.test(value));

/** What a literal builds by hand: a whole settings object, a whole channel, or nothing. */
function handBuilt(keys: Map<string, string>): string | null {
  if (isSchema(keys)) return null;
  if (has(keys, ['signature', 'routing', 'automation', 'ticketCreation'])) return 'channel settings';
  if (has(keys, ['kind', 'address', 'settings', 'location'])) return 'a channel';
  return null;
}

function handBuiltIn(text: string): string[] {
  return objectLiterals(codeOnly(text)).flatMap((keys) => handBuilt(keys) ?? []);
}

describe('channels and their settings come from the world builder', () => {
  it('finds a settings object or a channel written out, not one given in part or a schema', () => {
    const settings = `const s = { signature: '', routing: { mode: 'none', userIds: [] }, automation: { autoReply: false, rules: [] }, ticketCreation: { autoCreate: true, defaultStatus: null } };`;
    const channel = `const c = { id, name, kind: 'email', address: 'a@b', settings: s, location: 'inbox' };`;
    expect(handBuiltIn(settings)).toEqual(['channel settings']);
    expect(handBuiltIn(channel)).toEqual(['a channel']);
    expect(
      handBuiltIn(`build.channel('e', 'email', { settings: { ticketCreation: { autoCreate: false } } });`),
    ).toEqual([]);
    expect(
      handBuiltIn(`z.object({ kind: k, address: z.string(), settings: s, location: z.enum(['inbox']) })`),
    ).toEqual([]);
    expect(
      handBuiltIn(`interface S { readonly signature: string; readonly ticketCreation: { readonly a: 1 } }`),
    ).toEqual([]);
  });

  it('no source builds one by hand outside the allowed files', () => {
    const found = filesUnder(ROOT).flatMap((path) => {
      const file = relative(ROOT, path).split(sep).join('/');
      // Not this file: its samples are meant to match, and its regular expressions hold quotes.
      if (file in ALLOWED || file === SELF) return [];
      return handBuiltIn(readFileSync(path, 'utf8')).map((what) => `${file} writes ${what} by hand`);
    });
    expect(found).toEqual([]);
  });

  it('every allowed file still needs its entry', () => {
    const stale = Object.keys(ALLOWED).filter(
      (file) => handBuiltIn(readFileSync(join(ROOT, file), 'utf8')).length === 0,
    );
    expect(stale).toEqual([]);
  });
});
