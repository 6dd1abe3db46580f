// A Stryker reporter plugin (plain ESM JavaScript: Stryker loads it itself, outside vitest) that
// appends every mutant's result to out/mutation/mutants.jsonl as soon as it is known. A long run
// on a shared machine can then be read (and its survivors classified) before it ends; the HTML and
// JSON reports are only written at the very end. Listed in stryker.config.json's `plugins`.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

// MUTANT_LOG: the survivors' re-run (rerun-survivors.mjs) logs apart, keeping the full run's log.
const LOG = process.env.MUTANT_LOG ?? 'out/mutation/mutants.jsonl';

class MutantLogReporter {
  static inject = [];

  onMutationTestingPlanReady() {
    mkdirSync(dirname(LOG), { recursive: true });
    writeFileSync(LOG, '');
  }

  onMutantTested(result) {
    const record = {
      id: result.id,
      file: relative(process.cwd(), result.fileName),
      line: result.location.start.line,
      // 1-based already (mutation-testing-report-schema); logs before 1 December 2026 added 1.
      column: result.location.start.column,
      columnIsExact: true,
      endLine: result.location.end.line,
      mutator: result.mutatorName,
      replacement: result.replacement,
      status: result.status,
      static: result.static ?? false,
      reason: (result.statusReason ?? '').slice(0, 300),
      killedBy: result.killedBy ?? [],
      testsCompleted: result.testsCompleted ?? null,
    };
    appendFileSync(LOG, `${JSON.stringify(record)}\n`);
  }
}

export const strykerPlugins = [{ kind: 'Reporter', name: 'mutant-log', injectableClass: MutantLogReporter }];
