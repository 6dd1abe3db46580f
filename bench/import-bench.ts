// `npm run bench -- --import [threads]` (default 100,000): a generated inbox written as an API export
// (≈ 5 messages a thread, pages of 500, 20 pages a file), then imported in a fresh process capped at
// 2 GiB of heap; records bench/import-results.json. Opt-in: the default bench does not run it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));
const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function child(flags: readonly string[], args: readonly string[]): Record<string, unknown> {
  const out = execFileSync(
    process.execPath,
    [...flags, '--import', 'tsx', here('./import-run.ts'), ...args],
    {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
}

export function runImportBench(threads: number): Record<string, unknown> {
  const work = mkdtempSync(join(tmpdir(), 'ims-import-bench-'));
  const folder = join(work, 'export');
  try {
    const loadAtStart = load();
    const written = child(['--max-old-space-size=8192'], ['write', String(threads), folder]);
    const read = child(
      ['--max-old-space-size=2048', '--expose-gc'],
      ['read', folder, JSON.stringify(written.overrides)],
    );
    const result = {
      threads,
      ...written,
      overrides: undefined,
      ...read,
      heapCapMiB: 2048,
      loadAverage: { start: loadAtStart, end: load() },
      node: process.version,
    };
    writeFileSync(here('./import-results.json'), `${JSON.stringify(result, null, 2)}\n`);
    return result;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
