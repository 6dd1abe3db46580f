import { describe, expect, it } from 'vitest';
import { measure, measureTable } from '../../explore/measure-known-bad.ts';
import { KNOWN_BAD } from '../../mutants/index.ts';

describe('measuring known-bad systems from the default settings', () => {
  const fast = ['settings-reset', 'banner-left-up', 'history-none-moves-all', 'refusal-flashes-banner'];
  const systems = KNOWN_BAD.filter((bad) => fast.some((name) => bad.file.endsWith(`/${name}.ts`)));

  it.each(systems)('catches $file with its intended rule', (bad) => {
    const m = measure(bad, 1);
    expect(m.runsToFailure).not.toBeNull();
    expect(m.violated).toContain(bad.intended);
    expect(m.commands ?? 0).toBeGreaterThan(0);
  });

  it('renders one table row per system', () => {
    const rows = systems.slice(0, 2).map((bad) => measure(bad, 1));
    expect(measureTable(rows).split('\n')).toHaveLength(6);
  });
});
