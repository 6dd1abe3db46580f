// Exploration throughput over the system protocol (`--system exec:` against `serve-system --stdio`,
// one process, one worker) next to in-process in the same run. Its own child process of
// `npm run bench`; prints one JSON line and, with --write, writes bench/PROTOCOL.md.
// Standalone: npx tsx bench/protocol-throughput.ts [runs] [--write]
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { SystemFactory, SystemOptions } from '../domain/index.ts';
import { DEFAULT_POLICIES, DEFAULT_PROFILE } from '../domain/index.ts';
import { DEFAULT_EXPLORE_OPTIONS, explorationArbitrary, judge } from '../explore/index.ts';
import { createReferenceSystem } from '../machines/index.ts';
import { execSystemFactory } from '../protocol/exec-factory.ts';

export interface ProtocolFigures {
  readonly scenarios: number;
  /** Scenarios per second, each of the 3 repetitions, then the median. */
  readonly inProcess: { readonly perSecond: readonly number[]; readonly median: number };
  readonly protocol: { readonly perSecond: readonly number[]; readonly median: number };
  readonly load: { readonly start: string; readonly end: string };
  readonly command: string;
}

const OPTIONS: SystemOptions = { policies: DEFAULT_POLICIES, profile: DEFAULT_PROFILE };
const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The sources through tsx, so the figure never depends on a stale dist/. */
export const SERVER_COMMAND = `"${process.execPath}" --import tsx cli/main.ts serve-system --stdio`;

const arbitrary = () =>
  explorationArbitrary(DEFAULT_EXPLORE_OPTIONS.constraints, DEFAULT_EXPLORE_OPTIONS.focus);
const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[1] ?? Number.NaN;

/** Scenarios per second of explore's judge (two plays and every checker per run), seed 42. */
async function perSecond(factory: SystemFactory, runs: number): Promise<number> {
  const t0 = performance.now();
  await fc.assert(
    fc.asyncProperty(arbitrary(), async (scenario) => {
      await judge(factory, scenario, OPTIONS);
    }),
    { numRuns: runs, seed: 42 },
  );
  return (runs / (performance.now() - t0)) * 1000;
}

export function renderProtocol(figures: ProtocolFigures): string {
  const row = (name: string, f: ProtocolFigures['inProcess']): string =>
    `| ${name} | ${f.perSecond.map((n) => n.toFixed(0)).join(', ')} | **${f.median.toFixed(0)}** |`;
  const ratio = figures.protocol.median / figures.inProcess.median;
  return `# Protocol throughput

\`npm run bench\` (or \`npx tsx bench/protocol-throughput.ts ${figures.scenarios} --write\`): explore's default
arbitrary, seed 42, ${figures.scenarios} scenarios, each judged as \`explore\` does (played twice for INV-5, every
checker), on one worker — in-process against the reference, then over the protocol of
[docs/PROTOCOL.md](../docs/PROTOCOL.md) against the same reference behind \`serve-system --stdio\` (one child
process for the whole run; \`${figures.command}\`). Three repetitions each, interleaved; the median counts.
Target: ≥ 300 scenarios/s over the protocol.

| system | scenarios/s (3 runs) | median |
| ------ | -------------------- | ------ |
${row('in-process', figures.inProcess)}
${row('exec: protocol', figures.protocol)}

Over the protocol: ${(ratio * 100).toFixed(0)}% of in-process. Load average (1, 5, 15 min) at start: ${figures.load.start}; at end: ${figures.load.end}.
`;
}

async function main(): Promise<void> {
  const runs = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? '1000');
  const start = load();
  const exec = await execSystemFactory(SERVER_COMMAND, { cwd: ROOT });
  try {
    await perSecond(createReferenceSystem, 100); // warm-up of both sides: JIT, arbitraries
    await perSecond(exec, 100);
    const inProcess: number[] = [];
    const protocol: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      inProcess.push(await perSecond(createReferenceSystem, runs));
      protocol.push(await perSecond(exec, runs));
    }
    const figures: ProtocolFigures = {
      scenarios: runs,
      inProcess: { perSecond: inProcess, median: median(inProcess) },
      protocol: { perSecond: protocol, median: median(protocol) },
      load: { start, end: load() },
      command: 'inbox-move-sim serve-system --stdio',
    };
    if (process.argv.includes('--write')) {
      const { format } = await import('prettier');
      const text = await format(renderProtocol(figures), {
        parser: 'markdown',
        printWidth: 110,
        proseWrap: 'preserve',
      });
      writeFileSync(new URL('./PROTOCOL.md', import.meta.url), text);
    }
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    await exec.dispose?.();
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main();
