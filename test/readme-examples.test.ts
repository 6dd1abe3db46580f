// Every `npx inbox-move-sim ...` example of README.md exits as the README says: 1 when its comment
// says "exit 1", 0 otherwise. Run in-process through the CLI entry the CLI tests use (cli/main.ts).
//
// Substitutions, so the test is fast and writes nothing into the repo (documented here on purpose):
// - `--out <dir>` → a temporary folder; `> file` redirections are dropped (stdout is captured);
// - `--runs N` above 50 → `--runs 50` (`explore --runs 5000` explores the same way, just longer);
// - `explore` with a `--system` plug-in gets `--save <temporary folder>`.
// Environment prefixes (`INBOX_MOVE_SIM_NOW=...`) are dropped: the test's clock is pinned anyway.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './cli/fake-io.ts';

const MAX_RUNS = 50;

interface Example {
  readonly line: string;
  readonly argv: readonly string[];
  readonly exit: 0 | 1;
}

/** The example commands of the README's sh blocks, continuation lines joined. */
export function readmeExamples(markdown: string): Example[] {
  const blocks = [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  const commands = blocks.flatMap((block) => block.replace(/\\\n\s*/g, ' ').split('\n'));
  return commands
    .filter((line) => line.includes('npx inbox-move-sim '))
    .map((line) => {
      const [command = '', comment = ''] = line.split(/\s#\s/, 2);
      const words = command
        .replace(/>\s*\S+/, '')
        .trim()
        .split(/\s+/);
      const start = words.indexOf('inbox-move-sim');
      return { line: line.trim(), argv: words.slice(start + 1), exit: /\bexit 1\b/.test(comment) ? 1 : 0 };
    });
}

function substituted(argv: readonly string[]): string[] {
  const args = [...argv];
  const out = args.indexOf('--out');
  if (out >= 0) args[out + 1] = mkdtempSync(join(tmpdir(), 'ims-readme-out-'));
  const runs = args.indexOf('--runs');
  if (runs >= 0 && Number(args[runs + 1]) > MAX_RUNS) args[runs + 1] = String(MAX_RUNS);
  if (args[0] === 'explore' && args.includes('--system') && !args.includes('--save'))
    args.push('--save', mkdtempSync(join(tmpdir(), 'ims-readme-save-')));
  return args;
}

const examples = readmeExamples(readFileSync(join(ROOT, 'README.md'), 'utf8'));

describe('README examples', () => {
  it('finds the examples, with the exit codes the README states', () => {
    expect(examples.length).toBeGreaterThan(8);
    expect(examples.filter((example) => example.exit === 1).length).toBeGreaterThan(1);
    expect(examples.some((example) => example.argv.join(' ') === 'run --sweep OPEN-1')).toBe(true);
  });

  for (const example of examples) {
    it(`${example.line} → exit ${example.exit}`, { timeout: 180_000 }, async () => {
      const { code, stderr } = await cli(substituted(example.argv));
      expect({ code, stderr: code === example.exit ? '' : stderr }).toEqual({
        code: example.exit,
        stderr: '',
      });
    });
  }
});
