import { Worker } from 'node:worker_threads';
import type { SystemFactory } from '../domain/index.ts';
import type { WorkerTask } from './explore-worker.ts';
import type { ExploreOptions } from './explore-options.ts';
import { mergeRecords } from './merge-records.ts';
import { runIndexes, type OnRun, type RunRecord } from './run-indexes.ts';
import { shardIndexes, splitAmongWorkers } from './seeding.ts';

/**
 * Random exploration in this thread: plays this shard's runs of `options.runs` (all of them for
 * the default shard 1/1) against `factory`, judging every rule after each run. Same options, same
 * records (unless a time budget cut the run short).
 */
export function explore(factory: SystemFactory, options: ExploreOptions, onRun?: OnRun): RunRecord[] {
  return runIndexes(factory, options, shardIndexes(options.runs, options.shard), onRun);
}

/**
 * Worker threads do not inherit the TypeScript loader of the main thread (tsx, vitest), so each
 * worker registers tsx's ESM hooks itself before importing the TypeScript entry.
 */
const WORKER_BOOT = `
  import('tsx/esm/api')
    .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./explore-worker.ts', import.meta.url).href)}); })
    .catch((error) => { throw error; });
`;

type WorkerMessage = { kind: 'run'; index: number } | { kind: 'done'; records: RunRecord[] };

/**
 * The same exploration on `workers` worker threads (each loads `options.system` itself): this
 * shard's indexes are striped among them and the records merged, so the result equals `explore`'s.
 */
export async function exploreInWorkers(
  options: ExploreOptions,
  workers: number,
  cwd: string,
  onRun: (index: number) => void = () => {},
): Promise<RunRecord[]> {
  const parts = splitAmongWorkers(shardIndexes(options.runs, options.shard), workers);
  const results = await Promise.all(
    parts.map(
      (indexes) =>
        new Promise<RunRecord[]>((resolvePart, reject) => {
          const task: WorkerTask = { options, indexes, cwd };
          const worker = new Worker(WORKER_BOOT, { eval: true, workerData: task });
          let records: RunRecord[] | null = null;
          worker.on('message', (message: WorkerMessage) => {
            if (message.kind === 'run') onRun(message.index);
            else records = message.records;
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (records !== null) resolvePart(records);
            else reject(new Error(`explore: worker exited with code ${code} before reporting its runs`));
          });
        }),
    ),
  );
  return mergeRecords(results, options.maxFailures);
}
