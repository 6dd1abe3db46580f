import { commandLine } from './run-record.ts';

/** Options that choose which scenarios run or how the console reads: a rerun of one leaves them out. */
const SELECTION_OPTIONS: ReadonlyMap<string, number> = new Map([
  ['--grep', 1],
  ['--rule', 1],
  ['--bail', 0],
  ['--shard', 1],
  ['--quiet', 0],
  ['--junit-skipped', 0],
  ['--open', 0],
]);

/** Options of `run` that take a value: a token after one of them is that value, not a path. */
const VALUE_OPTIONS = new Set([
  '--system',
  '--profile',
  '--policy',
  '--sweep',
  '--out',
  '--seed',
  '--only',
  '--grep',
  '--rule',
  '--reporter',
  '--shard',
]);

/**
 * `(file) => command` that reruns one scenario file the way this run played it: the same system,
 * profile, policies and `--only`, the paths and selections of the run replaced by the file.
 * @example rerunCommand(['run', 'scenarios/suite', '--system', 'x.ts'], ['scenarios/suite'])('a.yaml')
 *   // 'inbox-move-sim run --system x.ts a.yaml'
 */
export function rerunCommand(argv: readonly string[], paths: readonly string[]): (file: string) => string {
  const args = argv[0] === 'run' ? argv.slice(1) : [...argv];
  const pathSet = new Set(paths);
  const kept: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const name = arg.split('=')[0] ?? arg;
    const arity = SELECTION_OPTIONS.get(name);
    if (arity !== undefined) {
      if (!arg.includes('=')) i += arity;
      continue;
    }
    if (pathSet.has(arg) && !VALUE_OPTIONS.has(args[i - 1] ?? '')) continue;
    kept.push(arg);
  }
  return (file) => commandLine(['run', ...kept, file]);
}
