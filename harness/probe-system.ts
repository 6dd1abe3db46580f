import type { MigrationSystem, SystemFactory, World } from '../domain/index.ts';
import { build, DEFAULT_POLICIES, DEFAULT_PROFILE } from '../domain/index.ts';
import { isThenable } from './maybe-async.ts';

/** The smallest valid world: enough to ask a factory for a system once, to check its shape. */
export const PROBE_WORLD: World = build.world({
  account: build.account({ id: 'probe', name: 'probe', tier: 'enterprise' }),
  users: [build.user('probe-admin', { name: 'Probe', email: 'probe@example.com', superAdmin: true })],
});

const known = new WeakMap<SystemFactory, boolean>();

/**
 * Whether a factory's systems answer with promises: asked once per factory (cached) on a probe
 * system (PROBE_WORLD: its factory, observe, world, events, a 0 ms advance, close). explore needs
 * to know before its first run, to pick fast-check's synchronous property (the fast path) or its
 * async one. A probe that throws says "synchronous": the runs then report the failure themselves.
 */
export async function answersAsync(factory: SystemFactory): Promise<boolean> {
  const cached = known.get(factory);
  if (cached !== undefined) return cached;
  let promised = false;
  const ask = async <T>(run: () => T | Promise<T>): Promise<T> => {
    const answer = run();
    if (!isThenable(answer)) return answer;
    promised = true;
    return await answer;
  };
  try {
    const system: MigrationSystem = await ask(() =>
      factory(PROBE_WORLD, { policies: DEFAULT_POLICIES, profile: DEFAULT_PROFILE }),
    );
    try {
      await ask(() => system.observe());
      await ask(() => system.world());
      await ask(() => system.events());
      await ask(() => system.execute({ type: 'advance', ms: 0 }));
    } finally {
      await ask(() => system.close?.());
    }
  } catch {
    // Reported by the runs, step by step.
  }
  known.set(factory, promised);
  return promised;
}
