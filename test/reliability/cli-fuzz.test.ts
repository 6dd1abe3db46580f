// The CLI under malformed scenario files and bad options: exit code 2, one line on stderr, no
// stack trace, and nothing (no report, no temp file) left in the out folder.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { anyMalformed } from './_malformed.ts';
import { loadBases } from './_mutations.ts';
import { isOneCleanLine, runCli } from './_io.ts';

const SEED = 4242;
const work = mkdtempSync(join(tmpdir(), 'reliability-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const GOOD = 'scenarios/suite/move-3-banner.yaml';

/** Values no option of the list accepts (a `zz` prefix is never a valid ID, number or name). */
const junk = fc.oneof(
  fc.constantFrom('', ' ', '-1', '1.5', 'NaN', '1e3', '0x10', 'Infinity', '99999999999999999999'),
  fc.string({ maxLength: 30 }).map((text) => `zz${text}`),
  fc.string({ unit: 'binary', maxLength: 30 }).map((text) => `zz${text}\u001b[31m`),
);

/** Every value-taking option, with the command it belongs to, and values it must refuse. */
const OPTIONS: readonly { argv: readonly string[]; option: string; values?: readonly string[] }[] = [
  { argv: ['run', GOOD], option: '--profile' },
  { argv: ['run', GOOD], option: '--policy', values: ['OPEN-1', 'OPEN-1=', 'OPEN-9=x', 'OPEN-1=nope', '=x'] },
  { argv: ['run', GOOD], option: '--sweep' },
  { argv: ['run', GOOD], option: '--reporter', values: ['xml', 'json,,html', 'JSON'] },
  { argv: ['run', GOOD], option: '--seed' },
  { argv: ['run', GOOD], option: '--only', values: ['MOVE-7,,', 'move-7', 'NOPE-1'] },
  { argv: ['run', GOOD], option: '--system', values: ['./nope.ts', 'package.json', 'README.md'] },
  { argv: ['rules'], option: '--group' },
  { argv: ['rules'], option: '--kind' },
  { argv: ['rules'], option: '--profile' },
  { argv: ['rules'], option: '--format' },
  { argv: ['preview'], option: '--seed' },
  { argv: ['preview'], option: '--conversations', values: ['1000001', '99999999999', '-5'] },
  { argv: ['preview'], option: '--users', values: ['100001', '99999999999'] },
  { argv: ['preview'], option: '--closed-share', values: ['1.5', '-0.1', ''] },
  { argv: ['preview'], option: '--ticket-share', values: ['2', 'x'] },
  { argv: ['preview'], option: '--owner-access-share', values: ['-1', '1/2'] },
  { argv: ['preview'], option: '--tier' },
  { argv: ['preview'], option: '--history' },
  { argv: ['preview'], option: '--format' },
  { argv: ['preview'], option: '--profile' },
  { argv: ['preview'], option: '--policy' },
  { argv: ['preview'], option: '--channel' },
  { argv: ['preview'], option: '--inbox', values: ['nope.yaml', 'package.json', 'scenarios'] },
  { argv: ['profiles', 'diff', '2024-04-12'], option: '--format' },
];

describe('CLI under malformed scenario files', () => {
  it('exits 2 with one stderr line naming the file, and leaves the out folder empty (300 files)', async () => {
    const bases = loadBases();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(anyMalformed(bases), async (doc) => {
        n += 1;
        const file = join(work, `doc-${n}.yaml`);
        const out = join(work, `out-${n}`);
        writeFileSync(file, doc.text);
        const { code, stdout, stderr } = await runCli(['run', file, '--reporter', 'json', '--out', out]);
        expect(code).toBe(2);
        expect(stdout).toBe('');
        expect(isOneCleanLine(stderr), stderr.slice(0, 500)).toBe(true);
        expect(stderr).toContain(`doc-${n}.yaml`);
        // Either the folder was never created, or it is empty (no report, no temp file).
        expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('refuses binary files (a NUL byte, invalid UTF-8) the same way', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 300 }), fc.boolean(), async (bytes, nul) => {
        const file = join(work, 'binary.yaml');
        writeFileSync(file, Buffer.from(nul ? [...bytes, 0] : [0xff, 0xfe, ...bytes]));
        const { code, stderr } = await runCli([
          'run',
          file,
          '--reporter',
          'json',
          '--out',
          join(work, 'bin-out'),
        ]);
        expect(code).toBe(2);
        expect(isOneCleanLine(stderr), stderr).toBe(true);
      }),
      { numRuns: 100, seed: SEED },
    );
  });
});

describe('CLI under bad options', () => {
  it('exits 2 with one clean stderr line for a bad value of every option', async () => {
    const entry = fc
      .constantFrom(...OPTIONS)
      .chain((opt) =>
        fc.tuple(
          fc.constant(opt),
          opt.values === undefined ? junk : fc.oneof(fc.constantFrom(...opt.values), junk),
        ),
      );
    await fc.assert(
      fc.asyncProperty(entry, async ([opt, value]) => {
        const out = join(work, 'opt-out');
        const argv = [...opt.argv, opt.option, value, ...(opt.argv[0] === 'run' ? ['--out', out] : [])];
        const { code, stdout, stderr } = await runCli(argv);
        expect(code, `${argv.join(' ')}\n${stderr}`).toBe(2);
        expect(stdout).toBe('');
        expect(isOneCleanLine(stderr), stderr).toBe(true);
      }),
      { numRuns: 400, seed: SEED },
    );
    expect(readdirSync(work).includes('opt-out')).toBe(false);
  });

  it('exits 2 for unknown options and a missing option value on every command', async () => {
    const commands = [
      ['run', GOOD],
      ['rules'],
      ['preview'],
      ['profiles', 'list'],
      ['profiles', 'diff', '2024-04-12', '2025-03-14'],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...commands),
        fc.oneof(
          fc.string({ minLength: 1, maxLength: 20 }).map((text) => `--zz${text}`),
          fc.constantFrom('-x', '--', '---'),
        ),
        async (command, option) => {
          const { code, stderr } = await runCli([...command, option === '--' ? '--zz' : option]);
          expect(code).toBe(2);
          expect(isOneCleanLine(stderr), stderr).toBe(true);
        },
      ),
      { numRuns: 150, seed: SEED },
    );
    for (const [command, option] of [
      ['run', '--out'],
      ['run', '--seed'],
      ['preview', '--seed'],
      ['rules', '--group'],
    ] as const) {
      const { code, stderr } = await runCli([command, option]);
      expect(code).toBe(2);
      expect(isOneCleanLine(stderr), stderr).toBe(true);
    }
  });
});
