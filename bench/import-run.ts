// One step of the import bench, in its own process so its peak RSS is its own:
//   tsx bench/import-run.ts write <threads> <folder>   a generated inbox written as an API export
//   tsx bench/import-run.ts read <folder>              `import api-export` of it: the world and the scenario file
// Prints one JSON line of figures.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateWorld } from '../generators/index.ts';
import { FileSink } from '../import/file-sink.ts';
import { importApiExport } from '../import/import-export.ts';
import { writeScenario } from '../import/scenario-writer.ts';
import { writeExport } from '../import/write-export.ts';

const peakRssMiB = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

function folderMiB(folder: string): number {
  const bytes = readdirSync(folder).reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);
  return Math.round(bytes / 2 ** 20);
}

async function main(): Promise<void> {
  const [mode, a = '', b = ''] = process.argv.slice(2);
  if (mode === 'write') {
    const started = performance.now();
    const world = generateWorld(1, { conversations: Number(a) });
    const overrides = writeExport(world, b, { pageSize: 500, pagesPerFile: 20 });
    const messages = world.conversations.reduce((sum, c) => sum + c.messages.length, 0);
    process.stdout.write(
      `${JSON.stringify({ threads: world.conversations.length, messages, exportMiB: folderMiB(b), writeMs: Math.round(performance.now() - started), overrides })}\n`,
    );
    return;
  }
  if (mode === 'read') {
    const overrides = JSON.parse(b) as Parameters<typeof importApiExport>[1];
    const started = performance.now();
    const { world, report } = await importApiExport(a, overrides);
    const importMs = Math.round(performance.now() - started);
    // What the imported world itself holds, after a full collection (with --expose-gc).
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const retainedHeapMiB = gc === undefined ? null : Math.round(process.memoryUsage().heapUsed / 2 ** 20);
    const sink = new FileSink(join(a, '..', 'inbox.yaml'));
    writeScenario(world, a, sink.write);
    sink.close();
    process.stdout.write(
      `${JSON.stringify({ conversations: report.counts.conversations, messages: report.counts.messages, importMs, retainedHeapMiB, scenarioMs: Math.round(performance.now() - started) - importMs, peakRssMiB: peakRssMiB() })}\n`,
    );
    return;
  }
  throw new Error('usage: import-run.ts write <threads> <folder> | read <folder> <overrides JSON>');
}

await main();
