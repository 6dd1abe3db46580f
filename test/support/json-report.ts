// The CLI run with its JSON reporter into a fresh folder, and the report read back: how the CLI
// tests check what a run recorded (policies, verdicts, outcomes) rather than how the console said it.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../cli/main.ts';
import type { JsonReportV1 } from '../../reports/index.ts';
import { cli } from '../cli/fake-io.ts';

/** A fresh, empty folder for a run's file reports. */
export const freshOutDir = (): string => mkdtempSync(join(tmpdir(), 'inbox-move-sim-cli-'));

/** The JSON report a run wrote into `dir`. */
export function readJsonReport(dir: string): JsonReportV1 {
  return JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as JsonReportV1;
}

/**
 * `argv --reporter <reporters…> --out <fresh folder>`: the CLI's answer, the folder, and the JSON
 * report, read when asked (a run that fails early writes none; its exit code says so first).
 */
export async function cliWithJsonReport(
  argv: readonly string[],
  reporters: readonly string[] = ['json'],
  overrides: Partial<CliIO> = {},
): Promise<{ code: number; stdout: string; stderr: string; out: string; report: () => JsonReportV1 }> {
  const out = freshOutDir();
  const answer = await cli([...argv, '--reporter', ...reporters, '--out', out], overrides);
  return { ...answer, out, report: () => readJsonReport(out) };
}
