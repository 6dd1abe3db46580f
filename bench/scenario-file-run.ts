// A `bulk:` scenario file at scale, in its own child process (so peak RSS is its own): written to
// a temporary folder, loaded (parse, compile, validate) and run through runScenario (play, every
// rule, INV-5 as runScenario does, advice, expectations, timeline). The same shape as the size runs'
// world: a team email channel holding 65% of the conversations (moved, history "all") and a form
// channel the rest, five messages each. Prints one JSON line (ScenarioFileFigures) on stdout.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runScenario } from '../harness/index.ts';
import { createReferenceSystem } from '../machines/index.ts';
import { loadScenarioFile } from '../scenarios/index.ts';

/** What one scenario-file run measured; times in ms, memory in bytes. */
export interface ScenarioFileFigures {
  readonly conversations: number;
  readonly fileBytes: number;
  readonly loadMs: number;
  readonly runMs: number;
  readonly peakRss: number;
  readonly outcome: string;
  readonly violated: number;
}

/** The scenario file of `n` conversations (as YAML text). */
export function bulkScenarioText(n: number): string {
  const moved = Math.round(n * 0.65);
  return [
    `id: bulk-${n}`,
    `title: ${n.toLocaleString('en')} conversations, ${moved.toLocaleString('en')} of them moved with all history`,
    'targets: [HIST-9, INV-1]',
    'channels:',
    '  - { id: email-1, kind: email }',
    '  - { id: form-1, kind: form }',
    'bulk:',
    `  - { channel: email-1, count: ${moved}, messages: 5, closedEvery: 3, ticketEvery: 5 }`,
    `  - { channel: form-1, count: ${n - moved}, messages: 5 }`,
    'script:',
    '  - start-move: { channel: email-1 }',
    '  - run-until-idle',
    'expect:',
    `  counts: { conversationsMoved: ${moved} }`,
    '',
  ].join('\n');
}

function main(): void {
  const n = Number(process.argv[2]);
  const dir = mkdtempSync(join(tmpdir(), 'bench-scenario-'));
  try {
    const file = join(dir, `bulk-${n}.yaml`);
    const text = bulkScenarioText(n);
    writeFileSync(file, text);
    let t0 = performance.now();
    const scenario = loadScenarioFile(file);
    const loadMs = performance.now() - t0;
    t0 = performance.now();
    const { result } = runScenario(scenario, { factory: createReferenceSystem });
    const runMs = performance.now() - t0;
    const figures: ScenarioFileFigures = {
      conversations: n,
      fileBytes: text.length,
      loadMs,
      runMs,
      peakRss: process.resourceUsage().maxRSS * 1024,
      outcome: result.outcome,
      violated: result.verdicts.filter((v) => v.status === 'violated').length,
    };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) main();
