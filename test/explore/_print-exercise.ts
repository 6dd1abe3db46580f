// Per-rule exercise counts and move completion over explore's default runs:
// `npx tsx test/explore/_print-exercise.ts 1000 42`.
import { DEFAULT_EXPLORE_OPTIONS } from '../../explore/explore-options.ts';
import { exerciseFigures } from '../../explore/exercise-figures.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { CATALOGUE, checkerOf } from '../../rules/index.ts';

const runs = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 42);
const started = performance.now();
const figures = exerciseFigures(createReferenceSystem, { ...DEFAULT_EXPLORE_OPTIONS, seed }, runs);
const rows = CATALOGUE.filter((rule) => checkerOf(rule.id) !== undefined).map((rule) => {
  const n = figures.exercised.get(rule.id) ?? 0;
  return `${rule.id.padEnd(8)} ${rule.kind.padEnd(9)} ${String(n).padStart(6)} ${((100 * n) / runs).toFixed(1).padStart(6)}%`;
});
const share = figures.acceptedMoves === 0 ? 0 : figures.completedMoves / figures.acceptedMoves;
process.stdout.write(
  `rule     kind      exercised (of ${runs} runs, seed ${seed})\n${rows.join('\n')}\n` +
    `${[...figures.exercisedUnder].map(([value, n]) => `${value} ${n}`).join(', ')}\n` +
    `accepted moves ${figures.acceptedMoves}, completed within their run ${figures.completedMoves} (${(100 * share).toFixed(1)}%)\n` +
    `${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
