import { GiB, gib, mark, ratio, s } from './format.ts';
import type { LargeRun } from './large-size.ts';
import type { SizeRow } from './repetitions.ts';
import { showSpread } from './spread.ts';

/** µs of move + check per moved conversation: the cost that must grow linearly with the inbox. */
export const perMovedUs = (row: SizeRow): number =>
  ((row.moveMs + row.checkMs) * 1000) / row.channelConversations;

/** The opt-in large sizes (bench/large-results.json), each beside the 1M row of the same RESULTS.md. */
export function largeSection(runs: readonly LargeRun[], million: SizeRow | undefined): string[] {
  if (runs.length === 0) return [];
  const versus = (row: SizeRow): string =>
    million === undefined ? '—' : ratio(perMovedUs(row) / perMovedUs(million));
  return [
    '## Large sizes (opt-in)',
    '',
    '`npm run bench -- --size 10m [--repeat N]`: one size beyond the sweep, measured as the sweep measures a size (generate, move,',
    'check; the plain loop in a process of its own), in children whose heap limit fits it (bench/large-size.ts). Per-conversation',
    "cost is µs of move + check per moved conversation, against this file's 1M row (a different hour: see the load averages).",
    '',
    '| conversations | moved | runs | generate s | move s | check s | plain loop s | ref / plain | check / move | peak RSS GiB | peak RSS per million GiB | µs per moved conv (move + check) | vs 1M | heap limit MiB | load at start / end |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...runs
      .map(({ row, heapLimitMiB, loadAverage }) =>
        [
          row.conversations.toLocaleString('en'),
          row.channelConversations.toLocaleString('en'),
          String(row.spread.moveMs.runs),
          showSpread(row.spread.generateMs, s),
          showSpread(row.spread.moveMs, s),
          showSpread(row.spread.checkMs, s),
          showSpread(row.spread.baselineMs, s),
          showSpread(row.spread.referenceOverPlain, ratio),
          showSpread(row.spread.checkOverMove, ratio),
          showSpread(row.spread.peakRss, gib),
          gib((row.spread.peakRss.median * 1e6) / row.conversations),
          perMovedUs(row).toFixed(2),
          versus(row),
          heapLimitMiB.toLocaleString('en'),
          `${loadAverage.start} / ${loadAverage.end}`,
        ].join(' | '),
      )
      .map((cells) => `| ${cells} |`),
    '',
  ];
}

/** The 10M targets, when a 10M run is recorded. */
export function largeTargets(runs: readonly LargeRun[], million: SizeRow | undefined): string[] {
  const ten = runs.find((run) => run.row.conversations === 10_000_000)?.row;
  if (ten === undefined) return [];
  const lines = [
    `| 10M generated, moved and checked ≤ 12 GiB peak RSS | ${showSpread(ten.spread.peakRss, gib)} GiB | ${mark(ten.spread.peakRss.median <= 12 * GiB)} |`,
  ];
  if (million !== undefined) {
    const growth = perMovedUs(ten) / perMovedUs(million);
    lines.push(`| 10M per-conversation cost ≤ 1.2× 1M | ${ratio(growth)} | ${mark(growth <= 1.2)} |`);
  }
  return lines;
}
