import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { SyncSystemFactory, SystemFactory } from '../domain/index.ts';
import type { WorkerTask } from './explore-worker.ts';
import type { ExploreOptions } from './explore-options.ts';
import { mergeRecords } from './merge-records.ts';
import { playIndexes } from './play-indexes.ts';
import { runIndexes, type OnRun, type RunRecord } from './run-indexes.ts';
import { shardIndexes, splitAmongWorkers } from './seeding.ts';

/**
 * Random exploration in this thread: plays this shard's runs of `options.runs` (all of them for
 * the default shard 1/1) against `factory`, judging every rule after each run. Same options, same
 * records (unless a time budget cut the run short).
 */
export function explore(factory: SyncSystemFactory, options: ExploreOptions, onRun?: OnRun): RunRecord[] {
  return runIndexes(factory, options, shardIndexes(options.runs, options.shard), onRun);
}

/**
 * `explore` that can be stopped: it plays one run at a time and yields to the event loop between
 * runs, so a SIGINT handler gets to abort `signal`; it then returns the runs played so far. Same
 * records as `explore` when not stopped (the time budget is kept across runs).
 */
export async function exploreUntilAborted(
  factory: SystemFactory,
  options: ExploreOptions,
  signal: AbortSignal,
  onRun?: OnRun,
): Promise<RunRecord[]> {
  const records: RunRecord[] = [];
  const plan = options.path === null ? shardIndexes(options.runs, options.shard) : [0];
  const deadline = options.timeLimitMs === null ? null : performance.now() + options.timeLimitMs;
  let failures = 0;
  for (const index of plan) {
    if (signal.aborted) break;
    const timeLimitMs = deadline === null ? null : deadline - performance.now();
    if (timeLimitMs !== null && timeLimitMs <= 0) break;
    const played = await playIndexes(factory, { ...options, timeLimitMs, maxFailures: 1 }, [index], onRun);
    records.push(...played);
    if (played.some((record) => record.failure !== null) && ++failures >= options.maxFailures) break;
    if (options.path !== null) break;
    await new Promise<void>((resolveTurn) => setImmediate(resolveTurn));
  }
  return records;
}

/**
 * Worker threads do not inherit the TypeScript loader of the main thread (tsx, vitest): from
 * source, each worker registers tsx's ESM hooks itself before importing the TypeScript entry;
 * compiled (dist/), it imports the JavaScript entry directly (a `.ts` plug-in registers tsx then).
 */
const WORKER_BOOT = import.meta.url.endsWith('.ts')
  ? `
  import('tsx/esm/api')
    .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./explore-worker.ts', import.meta.url).href)}); })
    .catch((error) => { throw error; });
`
  : `import(${JSON.stringify(new URL('./explore-worker.js', import.meta.url).href)}).catch((error) => { throw error; });`;

type WorkerMessage =
  { kind: 'run'; index: number; record: RunRecord } | { kind: 'done'; records: RunRecord[] };

/**
 * The same exploration on `workers` worker threads (each loads `options.system` itself): this
 * shard's indexes are striped among them and the records merged, so the result equals `explore`'s.
 */
export async function exploreInWorkers(
  options: ExploreOptions,
  workers: number,
  cwd: string,
  onRun: (index: number) => void = () => {},
  signal?: AbortSignal,
): Promise<RunRecord[]> {
  const parts = splitAmongWorkers(shardIndexes(options.runs, options.shard), workers);
  const results = await Promise.all(
    parts.map(
      (indexes) =>
        new Promise<RunRecord[]>((resolvePart, reject) => {
          const task: WorkerTask = { options, indexes, cwd };
          const worker = new Worker(WORKER_BOOT, { eval: true, workerData: task });
          let records: RunRecord[] | null = null;
          const soFar: RunRecord[] = [];
          // Ctrl-C: stop the worker and keep the runs it reported so far.
          const stop = (): void => {
            records ??= soFar;
            void worker.terminate();
          };
          signal?.addEventListener('abort', stop, { once: true });
          worker.on('message', (message: WorkerMessage) => {
            if (message.kind === 'run') {
              soFar.push(message.record);
              onRun(message.index);
            } else records = message.records;
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            signal?.removeEventListener('abort', stop);
            if (records !== null) resolvePart(records);
            else reject(new Error(`explore: worker exited with code ${code} before reporting its runs`));
          });
        }),
    ),
  );
  return mergeRecords(results, options.maxFailures);
}
