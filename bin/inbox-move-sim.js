#!/usr/bin/env node
// The published entry: runs the CLI compiled into dist/ by `npm run build` (which `npm ci` and
// `npm install` run as `prepare`), so a start costs no TypeScript transpiling (bench/STARTUP.md).
// A `.ts` plug-in given with --system still loads: tsx is registered then, and only then.
// When dist/ is missing or older than a source file (a checkout being edited), the sources run
// through tsx instead, as `npx tsx cli/main.ts` does: slower, never stale.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = join(root, 'dist', '.built');
const SOURCE_FOLDERS = [
  'cli',
  'domain',
  'explore',
  'generators',
  'harness',
  'import',
  'machines',
  'mutants',
  'protocol',
  'reports',
  'rules',
  'scenarios',
];
// Folders of data, not code: no need to look into them.
const DATA_FOLDERS = new Set(['suite', 'corpus', 'node_modules']);

function hasNewerSource(dir, builtAt) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!DATA_FOLDERS.has(entry.name) && hasNewerSource(path, builtAt)) return true;
    } else if (entry.name.endsWith('.ts') && statSync(path).mtimeMs > builtAt) return true;
  }
  return false;
}

function builtAndCurrent() {
  if (!existsSync(stamp)) return false;
  const builtAt = statSync(stamp).mtimeMs;
  return !SOURCE_FOLDERS.some((folder) => hasNewerSource(join(root, folder), builtAt));
}

if (builtAndCurrent()) {
  const { runCli } = await import(new URL('../dist/cli/main.js', import.meta.url).href);
  await runCli();
} else {
  // Said on a terminal only: piped output (tests, CI logs) stays that of the command itself.
  if (process.stderr.isTTY || process.env.INBOX_MOVE_SIM_SAY_ENTRY === '1')
    process.stderr.write(
      'note: dist/ is missing or older than the sources (npm run build): running them with tsx\n',
    );
  const { register } = await import('tsx/esm/api');
  register();
  const { runCli } = await import(new URL('../cli/main.ts', import.meta.url).href);
  await runCli();
}
