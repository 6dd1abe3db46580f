// `npm run mutation:score`: the oracle's scorecard from Stryker's JSON reports. Lays the re-runs
// (out/mutation/survivors.json, then rerun-<n>.json, if present) over the full run (mutation.json),
// takes out the mutants judged equivalent (test/mutation/equivalent-mutants.json, each with a one-line
// why), and splits the detected ones by what detected them: a rule verdict (the oracle proper), a
// system failure (the harness caught the system crashing or answering nonsense), or anything else.
// With --write it also writes docs/MUTATION-SURVIVORS.md, the list of every undetected mutant.
import { readFileSync, writeFileSync } from 'node:fs';
import { DETECTED, layRuns, readMutantLog, scorecardReports, UNDETECTED } from './mutant-records.mjs';

const LOG = 'out/mutation/mutants.jsonl';
const REPORTS = scorecardReports();
const EQUIVALENT = 'test/mutation/equivalent-mutants.json';
const SURVIVORS_DOC = 'docs/MUTATION-SURVIVORS.md';

// A run stopped before its end (--partial) leaves only the log of the mutants tested so far.
const partial = process.argv.includes('--partial');
const mutants = partial ? readMutantLog(LOG) : layRuns(REPORTS);
const equivalent = new Map(JSON.parse(readFileSync(EQUIVALENT, 'utf8')).map((e) => [e.key, e.why]));

/**
 * A failure to answer a request, as recorded by runs made before the oracle read it as INV-8
 * (harness/unanswered-request.ts): "system crashed in … at step n (…) in execute(): …". Today's
 * oracle stops at the same scenario or run (nothing before it changed) and reports it as
 * "INV-8 violated in …", so such a record counts as a rule verdict, and is counted apart.
 */
const UNANSWERED = /^system crashed in .* in execute\(\): /;

/** What detected a mutant, from the oracle test's failure message (test/mutation/oracle.ts). */
function detectedBy(m) {
  if (m.status === 'Timeout') return 'timeout';
  // The reference did not even load (a machine definition broken): a system that cannot start.
  if (m.killedBy.some((test) => test.includes('loads the reference system and the oracle')))
    return 'system-failure';
  if (/ violated in /.test(m.statusReason)) return 'rule';
  if (UNANSWERED.test(m.statusReason)) return 'rule';
  if (/system (crashed|failure)/i.test(m.statusReason)) return 'system-failure';
  return 'other-error';
}
const reread = mutants.filter((m) => DETECTED.has(m.status) && UNANSWERED.test(m.statusReason)).length;

const counts = {
  rule: 0,
  'system-failure': 0,
  'other-error': 0,
  timeout: 0,
  survived: 0,
  noCoverage: 0,
  equivalent: 0,
  errors: 0,
};
const undetected = [];
for (const m of mutants) {
  if (equivalent.has(m.key) && !DETECTED.has(m.status)) counts.equivalent++;
  else if (DETECTED.has(m.status)) counts[detectedBy(m)]++;
  else if (UNDETECTED.has(m.status)) {
    counts[m.status === 'Survived' ? 'survived' : 'noCoverage']++;
    undetected.push(m);
  } else counts.errors++;
}
const nonEquivalent = mutants.length - counts.equivalent - counts.errors;
const detected = counts.rule + counts['system-failure'] + counts['other-error'] + counts.timeout;
const percent = (n) => `${((100 * n) / Math.max(1, nonEquivalent)).toFixed(1)} %`;
const keys = new Set(mutants.map((m) => m.key));
const staleEquivalent = [...equivalent.keys()].filter((k) => !keys.has(k));

const source = partial
  ? `partial run (${LOG})`
  : REPORTS.length === 1
    ? 'full run'
    : `full run + ${REPORTS.length - 1} re-run(s): ${REPORTS.slice(1).join(', ')}`;
console.log(`mutants: ${mutants.length} (${source})`);
console.log(`equivalent (${EQUIVALENT}): ${counts.equivalent}; compile/runtime errors: ${counts.errors}`);
console.log(`non-equivalent: ${nonEquivalent}`);
console.log(
  `  detected by a rule verdict:    ${counts.rule} (${reread} of them INV-8 for a request not answered, recorded as a crash by an older oracle)`,
);
console.log(`  detected by a system failure:  ${counts['system-failure']}`);
console.log(`  detected by another error:     ${counts['other-error']}`);
console.log(`  timed out:                     ${counts.timeout}`);
console.log(`  survived:                      ${counts.survived}`);
console.log(`  no coverage:                   ${counts.noCoverage}`);
console.log(`score (detected / non-equivalent): ${percent(detected)}`);
console.log(`score by rule verdicts alone:      ${percent(counts.rule)}`);
// The mutants the rules could judge at all: those whose system started, answered within its time
// and answered well-formed (a system failure or a timeout stops the run at the seam, by design,
// before any checker reads the trace: DESIGN.md).
const judgeable = nonEquivalent - counts['system-failure'] - counts.timeout - counts['other-error'];
console.log(
  `score by rule verdicts, of the ${judgeable} whose answers the seam accepted: ${((100 * counts.rule) / Math.max(1, judgeable)).toFixed(1)} %`,
);
// Per file: a partial run tests files one after the other (no-coverage mutants of every file first),
// so only the files it finished give a fair score.
const files = new Map();
for (const m of mutants) {
  const f = files.get(m.file) ?? { tested: 0, detected: 0, rule: 0, equivalent: 0, undetected: 0 };
  f.tested++;
  if (equivalent.has(m.key) && !DETECTED.has(m.status)) f.equivalent++;
  else if (DETECTED.has(m.status)) {
    f.detected++;
    if (detectedBy(m) === 'rule') f.rule++;
  } else if (UNDETECTED.has(m.status)) f.undetected++;
  files.set(m.file, f);
}
console.log('\nper file: tested, equivalent, detected (by a rule verdict), undetected, score');
for (const [file, f] of files) {
  const non = f.tested - f.equivalent;
  const score = non === 0 ? '-' : `${((100 * f.detected) / non).toFixed(1)} %`;
  console.log(
    `  ${file}: ${f.tested}, ${f.equivalent}, ${f.detected} (${f.rule}), ${f.undetected}, ${score}`,
  );
}
if (staleEquivalent.length > 0)
  console.log(
    `${staleEquivalent.length} entries of ${EQUIVALENT} match no mutant any more (code changed): re-classify them`,
  );

if (process.argv.includes('--write')) {
  const cell = (s) => `\`${s.replace(/\s+/g, ' ').replace(/`/g, "'").replace(/\|/g, '\\|').slice(0, 80)}\``;
  const rows = undetected.map(
    (m) =>
      `| ${m.file.replace(/^machines\//, '')}:${m.line}:${m.column} | ${m.status} | ${m.mutator} | ${cell(m.original)} → ${cell(m.replacement)} |`,
  );
  const text = [
    '# Undetected mutants',
    '',
    `Written by \`npm run mutation:score -- --write\` from the last full run and its re-runs; do not edit.`,
    `Each is a hole the oracle should close, or, once judged equivalent, an entry of \`${EQUIVALENT}\` with its why.`,
    '',
    ...(rows.length === 0
      ? ['None: every non-equivalent mutant was detected.']
      : ['| location | status | mutator | original → replacement |', '| --- | --- | --- | --- |', ...rows]),
    '',
  ].join('\n');
  writeFileSync(SURVIVORS_DOC, text);
  console.log(`wrote ${SURVIVORS_DOC} (${rows.length} rows)`);
}
