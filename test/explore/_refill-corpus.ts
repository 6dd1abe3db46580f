// Refills the failure corpus (scenarios/corpus/) with exactly one counterexample per known-bad
// system of mutants/index.ts, each found by `explore` from its DEFAULT settings (seed 42,
// 1,000 runs, focus moves), shrunk, and saved as explore saves it:
//   npx tsx test/explore/_refill-corpus.ts                 every system (the old files are removed)
//   npx tsx test/explore/_refill-corpus.ts banner-left-up  only these systems (their old files replaced)
//   npx tsx test/explore/_refill-corpus.ts --missing       only the systems that have no file yet
// Files of systems no longer registered are removed too. Run it again whenever a known-bad system
// is added or explore's draws change (test/explore/corpus.test.ts fails until then). Exit 1 when a
// system is not caught within the default runs (nothing is saved for it).
import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORPUS_DIR, explore, exploreOptions, saveCounterexamples } from '../../explore/index.ts';
import { loadScenarioFile } from '../../scenarios/index.ts';
import { KNOWN_BAD } from '../../mutants/index.ts';
import { ROOT } from '../cli/fake-io.ts';

const dir = join(ROOT, CORPUS_DIR);
const args = process.argv.slice(2);
const missingOnly = args.includes('--missing');
// `banner-left-up` or `bad:banner-left-up`, as a KnownBad's name.
const names = args
  .filter((arg) => arg !== '--missing')
  .map((name) => (name.startsWith('bad:') ? name : `bad:${name}`));
const unknown = names.filter((name) => !KNOWN_BAD.some((bad) => bad.name === name));
if (unknown.length > 0) {
  process.stderr.write(`refill-corpus: no known-bad system ${unknown.join(', ')} (mutants/index.ts)\n`);
  process.exit(2);
}
/** The system a corpus file was found on; '' for a file that no longer loads (it is removed). */
function systemOf(file: string): string {
  try {
    return loadScenarioFile(join(dir, file)).found?.system ?? '';
  } catch {
    return '';
  }
}
const corpusFiles = (): string[] => readdirSync(dir).filter((name) => name.endsWith('.yaml'));
const saved = new Set(corpusFiles().map(systemOf));
const chosen = KNOWN_BAD.filter((bad) =>
  missingOnly ? !saved.has(bad.file) : names.length === 0 || names.includes(bad.name),
);
const refilled = new Set(chosen.map((bad) => bad.file));
const registered = new Set(KNOWN_BAD.map((bad) => bad.file));

// The files to replace: those of the chosen systems, and those of systems that no longer exist.
for (const file of corpusFiles()) {
  const system = systemOf(file);
  if (refilled.has(system) || !registered.has(system)) rmSync(join(dir, file));
}

const missed: string[] = [];
for (const bad of chosen) {
  const started = performance.now();
  const options = exploreOptions({ system: bad.file, maxFailures: 1 });
  const records = explore(bad.factory, options);
  const failing = records.find((record) => record.failure !== null);
  const written = saveCounterexamples(records, options, dir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (failing?.failure == null) {
    missed.push(bad.name);
    process.stdout.write(`✗ ${bad.name}: not caught in ${options.runs} runs (${seconds} s)\n`);
    continue;
  }
  const intended = failing.failure.violated.includes(bad.intended) ? '' : ` (not ${bad.intended}!)`;
  const [file = '?'] = written.values();
  process.stdout.write(
    `✓ ${bad.name}: run ${failing.index + 1}, ${failing.failure.violated.join(', ')}${intended} → ` +
      `${relative(ROOT, file)} (${seconds} s)\n`,
  );
}
process.stdout.write(`${chosen.length - missed.length} of ${chosen.length} systems saved in ${CORPUS_DIR}\n`);
if (missed.length > 0) process.exit(1);
