import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { InputError } from '../../domain/index.ts';
import { PROJECT_ROOT } from '../../domain/project-root.ts';
import { cliCommand, type CommandContext } from '../cli-command.ts';
import { EXIT } from '../exit-codes.ts';
import { oneOf } from '../option-parsers.ts';

const LANGS = ['ts', 'python'] as const;
type Lang = (typeof LANGS)[number];

/** Per language: the template (protocol/templates/), the file it becomes, and its --system value in a shell. */
const SKELETONS: Readonly<Record<Lang, { template: string; file: string; system: (dir: string) => string }>> =
  {
    ts: { template: 'skeleton-system.ts', file: 'system.ts', system: (dir) => `${dir}/system.ts` },
    python: {
      template: 'skeleton_system.py',
      file: 'system.py',
      system: (dir) => `exec:"python3 ${dir}/system.py"`,
    },
  };

/** The run command for a skeleton in `dir`, as typed in a POSIX shell (which drops the quotes). */
export function runCommandFor(lang: Lang, dir: string): string {
  return `npx inbox-move-sim run --system ${SKELETONS[lang].system(dir)}`;
}

/**
 * `init system --lang ts|python <dir>`: a system-under-test skeleton that runs against the built-in
 * suite at once, answering every command `invalid` ("TODO: implement start-move") until filled in,
 * so the suite fails clearly (exit 1) rather than crashing. An existing, non-empty folder is left
 * alone (exit 2).
 */
function execute(dir: string, options: { lang: Lang }, context: CommandContext): void {
  const target = resolve(context.io.cwd, dir);
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) {
      throw new InputError('INIT_TARGET', dir, null, 'a new or empty folder', 'a file');
    }
    const entries = readdirSync(target);
    if (entries.length > 0) {
      throw new InputError(
        'INIT_TARGET',
        dir,
        null,
        'a new or empty folder',
        `a folder with ${entries.length} entries`,
      );
    }
  }
  const skeleton = SKELETONS[options.lang];
  const shown = relative(context.io.cwd, target) || '.';
  const text = readFileSync(
    join(PROJECT_ROOT, 'protocol', 'templates', skeleton.template),
    'utf8',
  ).replaceAll('__DIR__', shown);
  mkdirSync(target, { recursive: true });
  writeFileSync(join(target, skeleton.file), text, { mode: options.lang === 'python' ? 0o755 : 0o644 });
  context.io.stdout(
    `wrote ${join(shown, skeleton.file)}\n` +
      `run the built-in suite against it (it fails until the TODOs are done):\n  ${runCommandFor(options.lang, shown)}\n`,
  );
  context.setExitCode(EXIT.ok);
}

export const initCommand = cliCommand('init', (init, context) => {
  init.description('Scaffold a new piece of work: a system under test skeleton.');
  init
    .command('system')
    .description(
      'Write a system-under-test skeleton (TypeScript module or Python over the protocol) into <dir>.',
    )
    .argument('<dir>', 'a new or empty folder')
    .requiredOption('--lang <lang>', `the language (${LANGS.join(', ')})`, oneOf(LANGS))
    .addHelpText(
      'after',
      `
Every command is answered "invalid" (TODO) until you fill it in: the suite runs at once and fails
clearly (exit 1). Python speaks docs/PROTOCOL.md on stdin/stdout (standard library only).

Examples:
  $ inbox-move-sim init system --lang ts my-system
  $ inbox-move-sim init system --lang python my-python-system`,
    )
    .action((dir: string, options: { lang: Lang }) => {
      execute(dir, options, context);
    });
});
