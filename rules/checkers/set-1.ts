import { traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/** SET-1: every channel a move started on has, in the world after, exactly its settings from before. */
export const set1 = defineChecker('SET-1', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('SET-1');
  const moved = new Set(ix.moves.map((move) => move.channelId));
  for (const id of moved) {
    const before = JSON.stringify(ix.channelsBefore.get(id)?.settings);
    const after = JSON.stringify(ix.channelsAfter.get(id)?.settings);
    if (before !== after) found.add(`settings ${before}`, `settings ${after}`, { channels: [id] });
  }
  return found.verdict(
    moved.size,
    `${count(moved.size, 'moved channels')} kept their settings`,
    'no channel was moved',
  );
});
