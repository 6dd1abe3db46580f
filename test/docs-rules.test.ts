import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../domain/index.ts';
import { CATALOGUE } from '../rules/catalogue.ts';

// The repository stands alone: the rules it checks are documented in docs/RULES.md, not in a
// folder beside the clone. This keeps that document and the catalogue naming the same rules.
const text = readFileSync(new URL('../docs/RULES.md', import.meta.url), 'utf8');
const documented = [...text.matchAll(/^\|\s*((?:ELIG|ADV|MOVE|SET|NEW|HIST|INV|OPEN)-\w+)\s*\|/gm)].map(
  (m) => m[1],
);

describe('docs/RULES.md', () => {
  it('documents exactly the rule IDs of the catalogue, each once', () => {
    expect(documented.length).toBe(RULE_IDS.length);
    expect([...documented].sort()).toEqual([...RULE_IDS].sort());
    expect(CATALOGUE.map((entry) => entry.id)).toEqual([...RULE_IDS]);
  });

  it('gives each REFUSE, MUST, ADVISE and INVARIANT rule the kind the catalogue has', () => {
    const kinds = new Map(
      [...text.matchAll(/^\|\s*((?:ELIG|ADV|MOVE|SET|NEW|HIST|INV)-\w+)\s*\|\s*(\w+)\s*\|/gm)].map((m) => [
        m[1],
        m[2],
      ]),
    );
    expect(kinds.size).toBeGreaterThan(40);
    for (const entry of CATALOGUE.filter((e) => e.kind !== 'OPEN'))
      expect(kinds.get(entry.id)).toBe(entry.kind);
  });
});
