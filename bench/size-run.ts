// One size of the scale benchmark, run in its own child process (so peak RSS is this size's):
// generate → move through the reference system → check every rule → the same move as a plain loop.
// Prints one JSON line (SizeFigures) on stdout.
import { performance } from 'node:perf_hooks';
import { DEFAULT_POLICIES, DEFAULT_PROFILE } from '../domain/index.ts';
import type { Command, Script, SystemOptions, World } from '../domain/index.ts';
import { CHANNEL_MIX_KINDS, generateWorld } from '../generators/index.ts';
import type { ChannelMixKind } from '../generators/index.ts';
import { createReferenceSystem } from '../machines/index.ts';
import { checkTrace } from '../rules/index.ts';
import { playScript } from '../harness/index.ts';
import { baselineMove, countMove } from './baseline.ts';
import type { MoveCounts } from './baseline.ts';

/** What one size measured; times in ms, memory in bytes. */
export interface SizeFigures {
  readonly conversations: number;
  readonly messages: number;
  readonly channelConversations: number;
  readonly generateMs: number;
  readonly generatedRss: number;
  readonly moveMs: number;
  readonly checkMs: number;
  /** CPU time (user + system, all threads: GC helpers count) of the phases; steadier than wall time on a shared machine. */
  readonly cpuMs: { readonly generate: number; readonly move: number; readonly check: number };
  readonly verdicts: { readonly pass: number; readonly violated: number; readonly other: number };
  readonly peakRss: number;
  readonly counts: MoveCounts;
}

/** The plain loop's figures, measured in a process of its own (same world, no reference trace held). */
export interface BaselineFigures {
  readonly conversations: number;
  readonly baselineMs: number;
  readonly peakRss: number;
  readonly counts: MoveCounts;
}

/** One team email and one form: forms continued over email (30%) belong to the email channel, so it pass ≈65%. */
export const BENCH_CHANNEL_MIX: Readonly<Record<ChannelMixKind, number>> = Object.fromEntries(
  CHANNEL_MIX_KINDS.map((kind) => [kind, kind === 'email-team' || kind === 'form' ? 1 : 0]),
) as Record<ChannelMixKind, number>;

/** The benchmark's inbox of `conversations` conversations (default mix of everything else). */
export function benchWorld(conversations: number): World {
  return generateWorld(7, { conversations, channelMix: BENCH_CHANNEL_MIX });
}

/** The move the benchmark plays: the team email channel, history "all", by the first Super Admin. */
export function benchScript(world: World): {
  script: Script;
  start: Extract<Command, { type: 'start-move' }>;
  statuses: { readonly open: string; readonly closed: string };
} {
  const channel = world.channels.find((c) => c.kind === 'email');
  const admin = world.users.find((u) => u.superAdmin);
  const list = world.account.pipeline.statuses;
  if (channel === undefined || admin === undefined) {
    throw new Error('bench world lacks an email channel or a Super Admin');
  }
  const statuses = { open: list[0] ?? 'New', closed: list[list.length - 1] ?? 'Closed' };
  const start = {
    type: 'start-move',
    actorId: admin.id,
    channelId: channel.id,
    entryPoint: 'inbox-settings',
    history: { kind: 'all', openStatus: statuses.open, closedStatus: statuses.closed },
  } as const;
  return { script: [start, { type: 'run-until-idle' }], start, statuses };
}

const OPTIONS: SystemOptions = { policies: DEFAULT_POLICIES, profile: DEFAULT_PROFILE };

function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

function heapMiB(): string {
  const m = process.memoryUsage();
  return `heap ${(m.heapUsed / 2 ** 20).toFixed(0)} MiB, rss ${(m.rss / 2 ** 20).toFixed(0)} MiB`;
}

/** The same move as a plain loop; fixed statuses as in benchScript. */
function baselineMain(n: number): void {
  const world = benchWorld(n);
  const { start, statuses } = benchScript(world);
  const t0 = performance.now();
  const base = baselineMove(world, start.channelId, start.actorId, statuses);
  const baselineMs = performance.now() - t0;
  const figures: BaselineFigures = {
    conversations: n,
    baselineMs,
    peakRss: peakRss(),
    counts: countMove(base.world, base.events),
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

function main(): void {
  const n = Number(process.argv[2]);
  if (process.argv.includes('--baseline')) {
    baselineMain(n);
    return;
  }
  const verbose = process.argv.includes('--verbose');
  const note = (label: string): void => {
    const collect = (globalThis as { gc?: () => void }).gc;
    if (verbose && collect !== undefined) collect();
    if (verbose) process.stderr.write(`${label}: ${heapMiB()}\n`);
  };
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let c0 = cpu();
  let t0 = performance.now();
  const world = benchWorld(n);
  const generateCpu = cpu() - c0;
  const generateMs = performance.now() - t0;
  const generatedRss = process.memoryUsage().rss;
  note('generated');
  const { script } = benchScript(world);
  c0 = cpu();
  t0 = performance.now();
  const trace = playScript(createReferenceSystem, world, script, OPTIONS);
  const moveMs = performance.now() - t0;
  const moveCpu = cpu() - c0;
  c0 = cpu();
  note('moved');
  t0 = performance.now();
  const verdicts = checkTrace(trace);
  const checkMs = performance.now() - t0;
  const checkCpu = cpu() - c0;
  note('checked');
  const peak = peakRss();
  const counts = countMove(trace.after, trace.events);
  const tally = { pass: 0, violated: 0, other: 0 };
  for (const v of verdicts) {
    if (v.status === 'pass') tally.pass += 1;
    else if (v.status === 'violated') tally.violated += 1;
    else tally.other += 1;
  }
  const figures: SizeFigures = {
    conversations: n,
    messages: world.conversations.reduce((sum, c) => sum + c.messages.length, 0),
    channelConversations: counts.conversationsMoved,
    generateMs,
    generatedRss,
    moveMs,
    checkMs,
    cpuMs: { generate: generateCpu, move: moveCpu, check: checkCpu },
    verdicts: tally,
    peakRss: peak,
    counts,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) main();
