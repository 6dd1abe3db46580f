import type { Advice } from '../domain/advice.ts';
import type { ExploreSummary, RunResult, ScenarioResult } from '../domain/run-result.ts';
import type { FindingSubjects, Verdict } from '../domain/verdict.ts';
import { buildRuleRows, totals } from './_report-rows.ts';
import { stableStringify } from './_stable-stringify.ts';
import { JSON_REPORT_SCHEMA_VERSION } from './json-schema.ts';
import type {
  JsonAdvice,
  JsonExplore,
  JsonReportV1,
  JsonScenario,
  JsonSubjects,
  JsonVerdict,
} from './json-schema.ts';
import type { ReportContext, Reporter } from './reporter.ts';

/**
 * Keeps reports free of machine-specific paths: a relative path passes, an absolute one (POSIX,
 * drive letter or UNC) is cut to its base name.
 */
export function portablePath(path: string): string {
  if (!/^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path)) return path;
  const parts = path.split(/[\\/]/).filter((part) => part !== '');
  return parts[parts.length - 1] ?? '';
}

// Copies field by field: the document holds exactly what the schema says, nothing the domain adds later.
function subjects(s: FindingSubjects): JsonSubjects {
  return {
    conversations: s.conversations,
    tickets: s.tickets,
    channels: s.channels,
    users: s.users,
    step: s.step,
  };
}

function verdict(v: Verdict): JsonVerdict {
  switch (v.status) {
    case 'pass':
      return { ruleId: v.ruleId, status: v.status, evidence: v.evidence };
    case 'violated':
      return {
        ruleId: v.ruleId,
        status: v.status,
        count: v.count,
        findings: v.findings.map((f) => ({
          expected: f.expected,
          actual: f.actual,
          subjects: subjects(f.subjects),
        })),
      };
    case 'not-exercised':
    case 'not-applicable':
      return { ruleId: v.ruleId, status: v.status, why: v.why };
  }
}

function advice(a: Advice): JsonAdvice {
  return { ruleId: a.ruleId, message: a.message, figures: { ...a.figures }, subjects: subjects(a.subjects) };
}

function scenario(r: ScenarioResult): JsonScenario {
  return {
    id: r.scenario.id,
    title: r.scenario.title,
    file: r.scenario.file === null ? null : portablePath(r.scenario.file),
    targets: [...r.scenario.targets],
    system: r.system,
    profile: r.options.profile,
    policies: { ...r.options.policies },
    outcome: r.outcome,
    ...(r.notApplicable === undefined ? {} : { notApplicable: { reason: r.notApplicable.reason } }),
    stats: { ...r.stats },
    verdicts: r.verdicts.map(verdict),
    expectations: r.expectations.map((e) => ({ ...e })),
    advice: r.advice.map(advice),
    timeline: r.timeline.map((t) => ({ at: t.at, kind: t.kind, label: t.label })),
    expectationsNotChecked:
      r.expectationsNotChecked === undefined
        ? null
        : { count: r.expectationsNotChecked.count, writtenFor: r.expectationsNotChecked.writtenFor },
    wallMs: r.wallMs ?? null,
    rerun: r.rerun ?? null,
  };
}

function explore(e: ExploreSummary): JsonExplore {
  return {
    runs: e.runs,
    seed: e.seed,
    rulesExercised: { ...e.rulesExercised },
    failures: e.failures.map((f) => ({
      ruleId: f.ruleId,
      seed: f.seed,
      path: f.path,
      replay: f.replay,
      conversations: f.conversations,
      commands: f.commands,
      savedAs: f.savedAs === null ? null : portablePath(f.savedAs),
      runIndex: f.runIndex ?? null,
    })),
    coverage: e.coverage.map((c) => ({ ...c })),
    interrupted: e.interrupted === true,
  };
}

/** The JSON document (schema version 1) for a run, before stringifying. */
export function toJsonReport(run: RunResult, context: Pick<ReportContext, 'catalogue'>): JsonReportV1 {
  const t = totals(run);
  return {
    schemaVersion: JSON_REPORT_SCHEMA_VERSION,
    tool: { name: run.tool.name, version: run.tool.version },
    command: run.command,
    startedAt: run.startedAt,
    seed: run.seed,
    summary: {
      outcome: t.outcome,
      scenarios: t.scenarios,
      passed: t.passed,
      failed: t.failed,
      verdicts: t.verdicts,
      expectations: t.expectations,
    },
    rules: buildRuleRows(run, context.catalogue).map((row) => ({
      id: row.id,
      kind: row.kind,
      title: row.title,
      group: row.group,
      counts: row.counts,
    })),
    scenarios: run.results.map(scenario),
    explore: run.explore === undefined ? null : explore(run.explore),
  };
}

/** The JSON report: `JsonReportV1`, keys sorted, deterministic to the byte. */
export const jsonReporter: Reporter = {
  name: 'json',
  fileName: 'report.json',
  render(run, context) {
    return `${stableStringify(toJsonReport(run, context))}\n`;
  },
};
