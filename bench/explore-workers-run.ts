// Exploration as the `explore` command plays it, on one thread and with `--workers 2`, in one child
// process, interleaved: the "≥ 1.8× with --workers 2" is a ratio, so both sides are
// measured side by side. Prints one JSON line (ExploreWorkersFigures) on stdout.
import { performance } from 'node:perf_hooks';
import { exploreInWorkers, exploreOptions } from '../explore/index.ts';
import type { RunRecord } from '../explore/index.ts';
import { exploreUntilAborted } from '../explore/explore.ts';
import { createReferenceSystem } from '../machines/index.ts';

/** Times in ms of the same exploration (same runs, same records) on one thread and on two workers. */
export interface ExploreWorkersFigures {
  readonly runs: number;
  readonly oneWorkerMs: number;
  readonly twoWorkersMs: number;
}

/** The `explore` command's own paths: in this thread (the default) or striped over worker threads. */
async function play(runs: number, workers: number): Promise<{ ms: number; records: RunRecord[] }> {
  const options = exploreOptions({ runs });
  const t0 = performance.now();
  const records =
    workers === 1
      ? await exploreUntilAborted(createReferenceSystem, options, new AbortController().signal)
      : await exploreInWorkers(options, workers, process.cwd());
  return { ms: performance.now() - t0, records };
}

/** A failure or a differing record means the two paths did not explore the same runs: no figure. */
function sameRecords(a: readonly RunRecord[], b: readonly RunRecord[]): boolean {
  return (
    a.length === b.length &&
    a.every((r, i) => r.failure === null && JSON.stringify(r) === JSON.stringify(b[i]))
  );
}

/** Both ways over `runs` runs, one thread first (after a warm-up); throws if their records differ. */
export async function measureExploreWorkers(runs: number): Promise<ExploreWorkersFigures> {
  await play(200, 1); // warm-up: JIT and the content of the arbitraries (each worker warms itself)
  const one = await play(runs, 1);
  const two = await play(runs, 2);
  if (!sameRecords(one.records, two.records)) {
    throw new Error(`explore on one thread and on two workers disagree over ${runs} runs`);
  }
  return { runs, oneWorkerMs: one.ms, twoWorkersMs: two.ms };
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const figures = await measureExploreWorkers(Number(process.argv[2] ?? '3000'));
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
