// `npm run mutation:survivors`: replays only the mutants a full run left undetected (survived or
// not covered), against today's oracle. A full run takes about an hour on 2 cores; after the oracle
// gains a checker, only its survivors need replaying (minutes). Incremental mode cannot do this: it
// only notices changes to mutated files and to test files, not to the checkers the test calls.
//
// Reads out/mutation/mutation.json (the full run), writes out/mutation/survivors.config.json (the
// base config, mutate limited to the survivors' lines) and runs Stryker with it; its JSON report goes
// to out/mutation/survivors.json, which score.mjs lays over the full run.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { readMutants, readSources, UNDETECTED } from './mutant-records.mjs';

const FULL = 'out/mutation/mutation.json';
const CONFIG = 'out/mutation/survivors.config.json';

// A mutated file changed since the full run is replayed whole: its lines no longer match the run's,
// and score.mjs then takes all of that file's mutants from the re-run.
const changed = [...readSources(FULL)]
  .filter(([file, source]) => readFileSync(file, 'utf8') !== source)
  .map(([file]) => file);
const undetected = readMutants(FULL).filter((m) => UNDETECTED.has(m.status) && !changed.includes(m.file));
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
  jsonReporter: { fileName: 'out/mutation/survivors.json' },
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
