import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createReferenceSystem } from '../machines/index.ts';
import { parseScenario } from '../scenarios/index.ts';
import { runScenario } from '../harness/index.ts';

/** The README's scenario example must stay a scenario that loads and passes. */
describe('README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

  it('shows a scenario example that loads and passes on the reference system', () => {
    const match = /```yaml\n(id: [\s\S]*?)```/.exec(readme);
    expect(match?.[1]).toBeDefined();
    const scenario = parseScenario(match?.[1] ?? '', 'README.md');
    const { result } = runScenario(scenario, { factory: createReferenceSystem });
    expect(result.expectations.filter((e) => !e.ok)).toEqual([]);
    expect(result.verdicts.filter((v) => v.status === 'violated')).toEqual([]);
    expect(result.outcome).toBe('pass');
  });
});
