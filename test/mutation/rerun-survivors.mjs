// `npm run mutation:survivors`: replays only the mutants a full run left undetected (survived or
// not covered), against today's oracle. A full run takes about an hour on 2 cores; after the oracle
// gains a checker, only its survivors need replaying (minutes). Incremental mode cannot do this: it
// only notices changes to mutated files and to test files, not to the checkers the test calls.
//
// Reads out/mutation/mutation.json (the full run), writes out/mutation/survivors.config.json (the
// base config, mutate limited to the survivors' lines) and runs Stryker with it; its JSON report goes
// to out/mutation/survivors.json, which score.mjs lays over the full run.
//
// With --undetected it replays only what the scorecard still counts undetected (the full run with
// every re-run laid over it) and writes the next out/mutation/rerun-<n>.json, laid last: after a
// fix aimed at the last few survivors, a re-run of minutes instead of half an hour.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { layRuns, readMutants, readSources, scorecardReports, UNDETECTED } from './mutant-records.mjs';

const FULL = 'out/mutation/mutation.json';
const CONFIG = 'out/mutation/survivors.config.json';
const latest = process.argv.includes('--undetected');
const reports = latest ? scorecardReports() : [FULL];
const reruns = reports.filter((path) => /\/rerun-\d+\.json$/.test(path)).length;
const output = latest ? `out/mutation/rerun-${reruns + 1}.json` : 'out/mutation/survivors.json';
/** Each mutated file's source as the last report that covered it recorded it. */
const recorded = new Map(reports.flatMap((path) => [...readSources(path)]));

// A mutated file changed since the full run is replayed whole: its lines no longer match the run's,
// and score.mjs then takes all of that file's mutants from the re-run.
const changed = [...recorded]
  .filter(([file, source]) => readFileSync(file, 'utf8') !== source)
  .map(([file]) => file);
// With --undetected, the mutants judged equivalent (each with its why) are not replayed again.
const equivalent = latest
  ? new Set(JSON.parse(readFileSync('test/mutation/equivalent-mutants.json', 'utf8')).map((e) => e.key))
  : new Set();
const undetected = (latest ? layRuns(reports) : readMutants(FULL)).filter(
  (m) => UNDETECTED.has(m.status) && !changed.includes(m.file) && !equivalent.has(m.key),
);
// Whole lines: a range in Stryker's syntax selects the mutants inside it; replaying a few detected
// mutants that share a line costs little and keeps the ranges simple.
const ranges = [...new Set(undetected.map((m) => `${m.file}:${m.line}-${m.endLine}`)), ...changed];
const base = JSON.parse(readFileSync('stryker.config.json', 'utf8'));
const config = {
  ...base,
  $schema: undefined,
  mutate: ranges,
  incremental: false,
  reporters: ['clear-text', 'progress-append-only', 'json', 'mutant-log'],
  jsonReporter: { fileName: output },
  htmlReporter: undefined,
};
writeFileSync(CONFIG, `${JSON.stringify(config, null, 2)}\n`);
console.log(
  `${undetected.length} undetected mutants on ${ranges.length} line ranges (${changed.length} changed files whole) → ${CONFIG}`,
);
const result = spawnSync('npx', ['stryker', 'run', CONFIG], {
  stdio: 'inherit',
  env: { ...process.env, MUTANT_LOG: 'out/mutation/survivors.jsonl' },
});
process.exit(result.status ?? 1);
