// `npm run bench -- --import [threads] [--no-bodies] [--heap-cap MiB]` (default 100,000 threads,
// 1,792 MiB): a generated inbox written as an API export (≈ 5 messages a thread, pages of 500, 20
// pages a file), then imported in a fresh process with that heap cap. Each (threads, bodies) run
// replaces its own entry of
// bench/import-results.json, and bench/RESULTS.md shows them all. Opt-in: the default bench does
// not run it (a million threads take minutes and a 4 GiB export on disk).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchFile, loadAverage, runChild } from './child-process.ts';

const RESULTS = benchFile('./import-results.json');
/**
 * The default heap cap of the reading process. V8 lets the heap grow to ~3× what is live before a
 * full collection when it has room, so the cap, not the export, sets the peak: RSS is the cap plus
 * ~150 MiB of code and buffers. 1,792 MiB keeps a 2 GiB budget; what must fit under it is the world
 * itself (≈ 1.15 GiB at a million threads without bodies).
 */
export const IMPORT_HEAP_CAP_MIB = 1792;

/** One measured import, as recorded. */
export interface ImportRun {
  readonly threads: number;
  readonly bodies: boolean;
  readonly messages: number;
  readonly exportMiB: number;
  readonly writeMs: number;
  readonly conversations: number;
  readonly importMs: number;
  readonly retainedHeapMiB: number | null;
  readonly scenarioMs: number;
  readonly peakRssMiB: number;
  readonly heapCapMiB: number;
  readonly loadAverage: { readonly start: string; readonly end: string };
  readonly node: string;
}

/** One phase of the import bench (`write` or `read`), in a fresh process with its own heap cap. */
const child = (flags: readonly string[], args: readonly string[]): Record<string, unknown> =>
  runChild('./import-run.ts', flags, args);

/** The recorded runs, smallest first. */
export function readImportRuns(path = RESULTS): ImportRun[] {
  if (!existsSync(path)) return [];
  const saved = JSON.parse(readFileSync(path, 'utf8')) as { runs?: ImportRun[] };
  return [...(saved.runs ?? [])].sort((a, b) => a.threads - b.threads || Number(b.bodies) - Number(a.bodies));
}

export function runImportBench(
  threads: number,
  bodies: boolean,
  heapCapMiB = IMPORT_HEAP_CAP_MIB,
): ImportRun {
  const work = mkdtempSync(join(tmpdir(), 'ims-import-bench-'));
  const folder = join(work, 'export');
  try {
    const loadAtStart = loadAverage();
    const written = child(['--max-old-space-size=8192'], ['write', String(threads), folder]);
    const overrides = { ...(written.overrides as object), ...(bodies ? {} : { bodies: false }) };
    const read = child(
      [`--max-old-space-size=${heapCapMiB}`, '--expose-gc'],
      ['read', folder, JSON.stringify(overrides)],
    );
    const run = {
      threads,
      bodies,
      messages: written.messages,
      exportMiB: written.exportMiB,
      writeMs: written.writeMs,
      conversations: read.conversations,
      importMs: read.importMs,
      retainedHeapMiB: read.retainedHeapMiB,
      scenarioMs: read.scenarioMs,
      peakRssMiB: read.peakRssMiB,
      heapCapMiB,
      loadAverage: { start: loadAtStart, end: loadAverage() },
      node: process.version,
    } as ImportRun;
    const others = readImportRuns().filter((r) => r.threads !== threads || r.bodies !== bodies);
    writeFileSync(RESULTS, `${JSON.stringify({ runs: [...others, run] }, null, 2)}\n`);
    return run;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
