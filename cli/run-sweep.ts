// `run --sweep OPEN-n`: plays the sweep (policy-sweep.ts), prints its table and writes the reports.
import type { PolicyId, RuleId, RunResult } from '../domain/index.ts';
import { POLICY_VALUES } from '../domain/index.ts';
import type { RunScenarioOptions, Scenario } from '../harness/index.ts';
import { emitReports } from './emit-reports.ts';
import type { ReportView } from './report-context.ts';
import type { CliIO } from './io.ts';
import { keepRules } from './only-rules.ts';
import { progressReporter } from './play-suite.ts';
import { runRecord, type RunHeader } from './run-record.ts';
import { renderSweep, sweep } from './policy-sweep.ts';

/** What `run --sweep` needs from the command line besides the scenarios. */
export interface SweepRequest {
  readonly reporters: readonly string[];
  readonly out: string;
  readonly only?: readonly RuleId[];
  readonly header: RunHeader;
  readonly rerun?: (file: string) => string;
  /** Trims the file reports' tables to `only` and the console to failures (see createReportContext). */
  readonly view?: ReportView;
}

/**
 * `run --sweep OPEN-n`: the comparison table replaces the console report; file reports get every
 * play (one result per scenario and value, each recording its policies).
 */
export async function runSweep(
  scenarios: readonly Scenario[],
  policy: PolicyId,
  options: RunScenarioOptions,
  request: SweepRequest,
  io: CliIO,
): Promise<RunResult> {
  const progress = progressReporter(io, scenarios.length * POLICY_VALUES[policy].length);
  const swept = await sweep(
    scenarios,
    policy,
    options,
    () => progress.step(),
    () => io.now().getTime(),
  );
  const rows = swept.map((row) => ({
    ...row,
    cells: row.cells.map((cell) => {
      const file = cell.result.scenario.file;
      const rerun = file === null || request.rerun === undefined ? {} : { rerun: request.rerun(file) };
      return { ...cell, result: { ...keepRules(cell.result, request.only), ...rerun } };
    }),
  }));
  progress.done();
  const run = runRecord(
    request.header,
    rows.flatMap((row) => row.cells.map((cell) => cell.result)),
  );
  if (request.reporters.includes('console')) io.stdout(renderSweep(policy, rows));
  await emitReports(run, request.reporters, request.out, io, false, request.view);
  return run;
}
