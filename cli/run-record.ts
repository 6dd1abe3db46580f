import type { RunResult, ScenarioResult } from '../domain/index.ts';
import packageJson from '../package.json' with { type: 'json' };
import type { CliIO } from './io.ts';

/** A shell-safe rendering of the command line, recorded in the run so it can be replayed. */
export function commandLine(argv: readonly string[]): string {
  const quote = (arg: string): string =>
    /^[\w./:=,@%+-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
  return ['inbox-move-sim', ...argv.map(quote)].join(' ');
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
