// INV-5 across processes: the same inputs (and a pinned startedAt) give byte-identical reports in
// every format from two separate `node` processes; explore gives the same with 1 and 2 workers.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './_io.ts';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'reliability-det-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const NOW = '2024-05-01T12:00:00.000Z';
const FORMATS = ['json', 'junit', 'markdown', 'html'];
const SUITE = [
  'scenarios/suite/inv-3-crash-mid-move.yaml',
  'scenarios/suite/move-2-arrivals-during-move.yaml',
  'scenarios/suite/hist-2-new-tickets.yaml',
  'scenarios/suite/elig-6-second-move.yaml',
  'scenarios/suite/open-4-access-change-during-move.yaml',
];

/**
 * Runs the CLI in its own process with `--out <work>/out` (the same folder every time: the command
 * line, out folder included, is recorded in the reports); returns the files it wrote, by name.
 */
async function cliProcess(args: readonly string[]): Promise<Map<string, string>> {
  const out = join(work, 'out');
  rmSync(out, { recursive: true, force: true });
  await run(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args, '--out', out], {
    cwd: ROOT,
    env: { ...process.env, INBOX_MOVE_SIM_NOW: NOW, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: unknown) => {
    // Exit code 1 (a rule violated) still writes every report; anything else is a failure.
    if (!(error instanceof Error && 'code' in error && error.code === 1)) throw error;
  });
  return new Map(
    readdirSync(out)
      .sort()
      .map((name) => [name, readFileSync(join(out, name), 'utf8')]),
  );
}

describe('determinism across processes', () => {
  it('run: two processes write byte-identical JSON, JUnit, Markdown and HTML reports', async () => {
    const args = ['run', ...SUITE, '--seed', '7', '--reporter', ...FORMATS];
    const a = await cliProcess(args);
    const b = await cliProcess(args);
    expect(a.size).toBe(4);
    for (const [name, text] of a) expect(b.get(name), name).toBe(text);
    expect(a.get('report.json')).toContain(NOW);
  });

  it('the pinned clock is checked: a value that is not a date is bad input (exit 2)', async () => {
    const failure = await run(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'run', SUITE[0] ?? ''], {
      cwd: ROOT,
      env: { ...process.env, INBOX_MOVE_SIM_NOW: 'yesterday' },
    }).then(
      () => null,
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toMatch(/INBOX_MOVE_SIM_NOW: expected an ISO-8601 date/);
  });

  it('explore: --workers 1 and --workers 2 give byte-identical reports', async () => {
    const args = (workers: string): string[] => [
      'explore',
      '--runs',
      '24',
      '--seed',
      '5',
      '--no-save',
      '--workers',
      workers,
      '--reporter',
      ...FORMATS,
    ];
    const one = await cliProcess(args('1'));
    const two = await cliProcess(args('2'));
    expect(one.size).toBe(4);
    // The recorded command leaves out --workers (cli/run-record.ts), so nothing may differ.
    for (const [name, text] of one) expect(two.get(name), name).toBe(text);
  });
});
