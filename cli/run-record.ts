import type { RunResult, ScenarioResult } from '../domain/index.ts';
import packageJson from '../package.json' with { type: 'json' };
import type { CliIO } from './io.ts';

/**
 * Options that say where and how reports are written, or how many threads share the work: they
 * never change a result, so the recorded command leaves them out. That keeps reports
 * byte-identical across `--out` folders and `--workers` counts (INV-5).
 */
const PRESENTATION_OPTIONS: ReadonlyMap<string, 'one' | 'many'> = new Map([
  ['--out', 'one'],
  ['--workers', 'one'],
  ['--reporter', 'many'],
]);

/** The arguments that decide the results, in order (see PRESENTATION_OPTIONS). */
export function resultArguments(argv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const name = arg.split('=')[0] ?? arg;
    const arity = PRESENTATION_OPTIONS.get(name);
    if (arity === undefined) {
      kept.push(arg);
      continue;
    }
    if (arg.includes('=')) continue;
    if (arity === 'one') i += 1;
    else while (i + 1 < argv.length && !(argv[i + 1] ?? '').startsWith('-')) i += 1;
  }
  return kept;
}

/** A shell-safe rendering of the command line, recorded in the run so it can be replayed. */
export function commandLine(argv: readonly string[]): string {
  const quote = (arg: string): string =>
    /^[\w./:=,@%+-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
  return ['inbox-move-sim', ...resultArguments(argv).map(quote)].join(' ');
}

/** What every run records besides its results: the tool, the command line, the start, the seed. */
export interface RunHeader {
  readonly command: string;
  readonly startedAt: string;
  readonly seed: number | null;
}

export function runHeader(argv: readonly string[], io: CliIO, seed: number | undefined): RunHeader {
  return { command: commandLine(argv), startedAt: io.now().toISOString(), seed: seed ?? null };
}

/** A RunResult for results the CLI gathered itself (a sweep plays each scenario several times). */
export function runRecord(header: RunHeader, results: readonly ScenarioResult[]): RunResult {
  return { tool: { name: 'inbox-move-sim', version: packageJson.version }, ...header, results };
}
