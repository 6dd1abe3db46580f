// Worker-thread entry of `exploreInWorkers`: plays its share of run indexes and posts the records.
import { parentPort, workerData } from 'node:worker_threads';
import type { ExploreOptions } from './explore-options.ts';
import { resolveFactory } from './resolve-factory.ts';
import { playIndexes } from './play-indexes.ts';

/** What the main thread sends each worker. */
export interface WorkerTask {
  readonly options: ExploreOptions;
  readonly indexes: readonly number[];
  readonly cwd: string;
}

const task = workerData as WorkerTask;
const factory = await resolveFactory(task.options.system, task.cwd, task.options.limits?.stepTimeoutMs);
const records = await playIndexes(factory, task.options, task.indexes, (record) =>
  // The whole record, so that an interrupted exploration (Ctrl-C) keeps what this worker found.
  parentPort?.postMessage({ kind: 'run', index: record.index, record }),
);
// This thread's own instance of the factory (e.g. its own exec: child process) ends with it.
await factory.dispose?.();
parentPort?.postMessage({ kind: 'done', records });
