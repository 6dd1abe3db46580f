import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../harness/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { parseScenario } from '../../scenarios/index.ts';

describe('scenarios/FORMAT.md', () => {
  it('has an annotated example that loads and holds on the reference system', () => {
    const doc = readFileSync(new URL('../../scenarios/FORMAT.md', import.meta.url), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const scenario = parseScenario(example, 'FORMAT.md');
    expect(scenario.script).toHaveLength(16);
    const { result } = runScenario(scenario, { factory: createReferenceSystem });
    expect(result.expectations.filter((e) => !e.ok)).toEqual([]);
  });
});
