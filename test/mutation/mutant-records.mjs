// Reads Stryker's JSON report (mutation-testing-report-schema) into flat mutant records with a key
// that survives line shifts: a re-run of the survivors (rerun-survivors.mjs) and the list of
// equivalent mutants (equivalent-mutants.json) are matched to a run by this key, not by line
// number or by Stryker's ids, which change whenever a mutated file changes.
import { readFileSync } from 'node:fs';

/** The text of the source range [start, end) (report positions: 1-based lines and columns). */
function rangeText(lines, location) {
  const { start, end } = location;
  if (start.line === end.line) return (lines[start.line - 1] ?? '').slice(start.column - 1, end.column - 1);
  const first = (lines[start.line - 1] ?? '').slice(start.column - 1);
  const middle = lines.slice(start.line, end.line - 1);
  const last = (lines[end.line - 1] ?? '').slice(0, end.column - 1);
  return [first, ...middle, last].join('\n');
}

/**
 * The key of a mutant: file, mutator, replacement, the original code it replaces and the trimmed
 * source line it starts on. Two mutants with the same key are the same plausible bug.
 */
export function mutantKey(record) {
  const original = record.original.length > 200 ? `${record.original.slice(0, 200)}…` : record.original;
  return [record.file, record.mutator, record.replacement, original, record.lineText].join(' | ');
}

/** Every mutant of a report, in file then position order. */
export function readMutants(reportPath) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const records = [];
  for (const [file, entry] of Object.entries(report.files)) {
    const lines = entry.source.split('\n');
    for (const mutant of entry.mutants) {
      const record = {
        file,
        line: mutant.location.start.line,
        column: mutant.location.start.column,
        endLine: mutant.location.end.line,
        mutator: mutant.mutatorName,
        replacement: mutant.replacement ?? '',
        status: mutant.status,
        killedBy: mutant.killedBy ?? [],
        original: rangeText(lines, mutant.location),
        lineText: (lines[mutant.location.start.line - 1] ?? '').trim(),
        statusReason: (mutant.statusReason ?? '').slice(0, 300),
      };
      records.push({ ...record, key: mutantKey(record) });
    }
  }
  records.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return records;
}

/** Statuses Stryker counts as detected. */
export const DETECTED = new Set(['Killed', 'Timeout']);
/** Statuses that are neither detected nor errors: the ones a re-run must replay. */
export const UNDETECTED = new Set(['Survived', 'NoCoverage']);
