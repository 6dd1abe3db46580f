/**
 * Writes docs/KILL-MATRIX.md from the built-in suite played against every known-bad system.
 *
 *   npx tsx test/mutants/write-kill-matrix.ts
 */
import { writeFileSync } from 'node:fs';
import { computeKillMatrix } from './kill-matrix.ts';
import { KILL_MATRIX_PATH, renderKillMatrix } from './render-kill-matrix.ts';

const matrix = computeKillMatrix();
writeFileSync(KILL_MATRIX_PATH, renderKillMatrix(matrix));
const missed = matrix.rows.filter((row) => row.intended === null || !row.violated.has(row.intended));
// Caught counts rule verdicts only; expectation failures are listed apart in the file.
const expectationOnly = matrix.rows.filter(
  (row) => row.failedExpectations.length > 0 && row.violated.size === 0,
);
process.stdout.write(
  `wrote ${KILL_MATRIX_PATH}: ${matrix.rows.length} known-bad systems, ${missed.length} missed` +
    ` (by rule verdicts), ${expectationOnly.length} failing expectations only\n`,
);
