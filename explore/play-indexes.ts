import type { SyncSystemFactory, SystemFactory } from '../domain/index.ts';
import { answersAsync } from '../harness/probe-system.ts';
import type { ExploreOptions } from './explore-options.ts';
import { runIndexes, runIndexesAsync, type OnRun, type RunRecord } from './run-indexes.ts';

/**
 * `runIndexes` on any system: the synchronous fast path when the system answers synchronously (the
 * reference, the known-bad variants, most in-process plug-ins), fast-check's async property when
 * it answers with promises (an async plug-in, the `exec:` adapter).
 */
export async function playIndexes(
  factory: SystemFactory,
  options: ExploreOptions,
  indexes: readonly number[],
  onRun?: OnRun,
): Promise<RunRecord[]> {
  return (await answersAsync(factory))
    ? runIndexesAsync(factory, options, indexes, onRun)
    : runIndexes(factory as SyncSystemFactory, options, indexes, onRun);
}
