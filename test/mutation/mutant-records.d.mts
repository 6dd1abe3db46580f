// Types of mutant-records.mjs (a plain Node tool run by npm scripts), for the tests that import it.
export interface MutantRecord {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly mutator: string;
  readonly replacement: string;
  readonly status: string;
  readonly killedBy: readonly string[];
  readonly original: string;
  readonly statusReason: string;
  readonly lineText: string;
  readonly columnInLine: number;
  readonly key: string;
}
export function mutantKey(record: MutantRecord): string;
export function readMutantLog(logPath: string): MutantRecord[];
export function readMutants(reportPath: string): MutantRecord[];
export function readSources(reportPath: string): Map<string, string>;
export function overlayRerun(
  full: readonly MutantRecord[],
  rerun: readonly MutantRecord[],
  fullSources: ReadonlyMap<string, string>,
  rerunSources: ReadonlyMap<string, string>,
): MutantRecord[];
export function layRuns(reportPaths: readonly string[]): MutantRecord[];
export function scorecardReports(dir?: string): string[];
export const DETECTED: ReadonlySet<string>;
export const UNDETECTED: ReadonlySet<string>;
