import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICIES, DEFAULT_PROFILE } from '../../domain/index.ts';
import { activeIds, modelCoverage } from '../../explore/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { KNOWN_BAD } from '../../mutants/index.ts';

const options = {
  policies: { ...DEFAULT_POLICIES, 'OPEN-6': 'off-until-complete' as const },
  profile: DEFAULT_PROFILE,
};

describe('model-based paths over the machines', () => {
  const coverage = modelCoverage(createReferenceSystem, options);
  const byId = new Map(coverage.map((c) => [c.machineId, c]));

  it('reads the active state nodes of a parallel state value', () => {
    expect([...activeIds('ws', { moves: 'idle', banner: 'shown' })]).toEqual([
      'ws.moves',
      'ws.moves.idle',
      'ws.banner',
      'ws.banner.shown',
    ]);
  });

  it('covers every state of every machine with its paths', () => {
    for (const id of ['channel', 'move', 'workspace', 'conversation']) {
      const c = byId.get(id);
      expect(c?.statesCovered, id).toBe(c?.statesTotal);
      expect(c?.transitionsCovered ?? 0, id).toBeGreaterThan(0);
    }
  });

  it('sees the reference system reach every channel and move state along the paths', () => {
    expect(byId.get('channel (system)')).toMatchObject({ statesCovered: 3, transitionsCovered: 2 });
    expect(byId.get('move (system)')?.statesCovered).toBe(6);
    expect(byId.get('workspace (system)')?.statesCovered).toBe(10);
  });

  it('sees less of the machines on a system that leaves the banner up', () => {
    const bad = KNOWN_BAD.find((entry) => entry.file.endsWith('banner-left-up.ts'));
    if (bad === undefined) throw new Error('banner-left-up missing');
    const worse = modelCoverage(bad.factory, options).find((c) => c.machineId === 'workspace (system)');
    expect(worse?.transitionsCovered ?? 0).toBeLessThan(
      byId.get('workspace (system)')?.transitionsCovered ?? 0,
    );
  });
});
