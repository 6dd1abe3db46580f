// Reads Stryker's JSON report (mutation-testing-report-schema) into flat mutant records with a key
// that survives line shifts: a re-run of the survivors (rerun-survivors.mjs) and the list of
// equivalent mutants (equivalent-mutants.json) are matched to a run by this key, not by line
// number or by Stryker's ids, which change whenever a mutated file changes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

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
 * The key of a mutant: file, mutator, replacement, the trimmed source line it starts on and its column
 * within that trimmed line. Two mutants with the same key are the same plausible bug, wherever the
 * line moved to.
 */
export function mutantKey(record) {
  return [record.file, record.mutator, record.replacement, record.lineText, record.columnInLine].join(' | ');
}

/** The fields of a record that depend on the source: its trimmed line and its column within it. */
function placed(lines, line, column) {
  const raw = lines[line - 1] ?? '';
  const indent = raw.length - raw.trimStart().length;
  return { lineText: raw.trim(), columnInLine: column - indent };
}

/**
 * The mutants of out/mutation/mutants.jsonl (the log reporter's lines, written as they are tested),
 * placed on the source files as they are now: right as long as machines/ has not changed since the
 * run started. A run stopped before its end leaves only this log, no JSON report.
 */
export function readMutantLog(logPath) {
  const sources = new Map();
  const linesOf = (file) => {
    if (!sources.has(file)) sources.set(file, readFileSync(file, 'utf8').split('\n'));
    return sources.get(file);
  };
  const records = readFileSync(logPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const m = JSON.parse(line);
      // Older logs wrote the column plus one.
      if (m.columnIsExact !== true) m.column -= 1;
      const record = {
        file: m.file,
        line: m.line,
        column: m.column,
        endLine: m.endLine ?? m.line,
        mutator: m.mutator,
        replacement: m.replacement ?? '',
        status: m.status,
        killedBy: m.killedBy ?? [],
        original: '',
        statusReason: m.reason ?? '',
        ...placed(linesOf(m.file), m.line, m.column),
      };
      return { ...record, key: mutantKey(record) };
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return distinct(records);
}

/**
 * Stryker can make two mutants with the same key (e.g. two ConditionalExpression `false` at the start
 * of `a || b`: the whole condition and its left side). The second and later get `#2`, `#3`... in
 * source order, so each mutant keeps a key of its own.
 */
function distinct(records) {
  const seen = new Map();
  return records.map((r) => {
    const n = (seen.get(r.key) ?? 0) + 1;
    seen.set(r.key, n);
    return n === 1 ? r : { ...r, key: `${r.key} #${n}` };
  });
}

/** Every mutant of a report, in file then position order. */
export function readMutants(reportPath) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  // killedBy holds test ids; the report names them under testFiles.
  const testNames = new Map();
  for (const entry of Object.values(report.testFiles ?? {}))
    for (const test of entry.tests ?? []) testNames.set(test.id, test.name);
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
        killedBy: (mutant.killedBy ?? []).map((id) => testNames.get(id) ?? id),
        original: rangeText(lines, mutant.location),
        statusReason: (mutant.statusReason ?? '').slice(0, 300),
        ...placed(lines, mutant.location.start.line, mutant.location.start.column),
      };
      records.push({ ...record, key: mutantKey(record) });
    }
  }
  records.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return distinct(records);
}

/** The source of each mutated file, as a report recorded it (file → text). */
export function readSources(reportPath) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  return new Map(Object.entries(report.files).map(([file, entry]) => [file, entry.source]));
}

/**
 * The full run's mutants with a re-run laid over them. A file changed since the full run was mutated
 * whole by the re-run (rerun-survivors.mjs): its mutants are the re-run's alone. In every other file
 * the re-run's mutant replaces the full run's at the same position (same file, line, column,
 * mutator, replacement and source range) and keeps the full run's key: keys of repeated lines are numbered within
 * a report, and a re-run holds only some of a file's mutants, so its own numbering can differ.
 */
export function overlayRerun(full, rerun, fullSources, rerunSources) {
  const changed = new Set(
    [...rerunSources].filter(([file, source]) => fullSources.get(file) !== source).map(([file]) => file),
  );
  // Two mutants can start at one place (`a && b` → true, and `a` → true): the range's text tells them apart.
  const at = (m) => [m.file, m.line, m.column, m.mutator, m.replacement, m.original].join('|');
  const replayed = new Map(rerun.filter((m) => !changed.has(m.file)).map((m) => [at(m), m]));
  return [
    ...full
      .filter((m) => !changed.has(m.file))
      .map((m) => {
        const again = replayed.get(at(m));
        return again === undefined ? m : { ...again, key: m.key };
      }),
    ...rerun.filter((m) => changed.has(m.file)),
  ];
}

/**
 * The scorecard's mutants: the first report (the full run) with each later report (re-runs, oldest
 * first) laid over it by overlayRerun. A re-run is compared with the sources of the latest report
 * that covered each file, so a file a re-run replayed whole is not "changed" again for the next.
 */
export function layRuns(reportPaths) {
  const [first, ...rest] = reportPaths;
  if (first === undefined) return [];
  let records = readMutants(first);
  const sources = readSources(first);
  for (const path of rest) {
    const own = readSources(path);
    records = overlayRerun(records, readMutants(path), sources, own);
    for (const [file, source] of own) sources.set(file, source);
  }
  return records;
}

/**
 * The reports the scorecard lays, in order: the full run, the survivors' re-run if any, then each
 * further re-run of what was still undetected (rerun-1.json, rerun-2.json... written by
 * `npm run mutation:survivors -- --undetected`).
 */
export function scorecardReports(dir = 'out/mutation') {
  const reruns = existsSync(dir)
    ? readdirSync(dir)
        .map((name) => /^rerun-(\d+)\.json$/.exec(name))
        .filter((m) => m !== null)
        .sort((a, b) => Number(a[1]) - Number(b[1]))
        .map((m) => `${dir}/${m[0]}`)
    : [];
  return [
    `${dir}/mutation.json`,
    ...(existsSync(`${dir}/survivors.json`) ? [`${dir}/survivors.json`] : []),
    ...reruns,
  ];
}

/** Statuses Stryker counts as detected. */
export const DETECTED = new Set(['Killed', 'Timeout']);
/** Statuses that are neither detected nor errors: the ones a re-run must replay. */
export const UNDETECTED = new Set(['Survived', 'NoCoverage']);
