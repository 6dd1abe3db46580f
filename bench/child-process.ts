// The bench measures in fresh Node processes (a cold heap, a peak RSS of its own), all started the
// same way: tsx as the loader, progress on stderr as it comes, the figures as stdout's last line.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

/** A file of bench/, as an absolute path. */
export const benchFile = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

/** Runs `script` (a file of bench/) in a fresh Node with `flags`, and parses the last line it prints as JSON. */
export function runChild<T>(script: string, flags: readonly string[], args: readonly string[]): T {
  const out = execFileSync(process.execPath, [...flags, '--import', 'tsx', benchFile(script), ...args], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '') as T;
}

/** The machine's load averages over 1, 5 and 15 minutes, as the results record them. */
export function loadAverage(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}
