// How often each checked rule passes in N random runs, plain and with an eligible opening move:
// `npx tsx test/contract/_print-frequencies.ts 1000`.
import { CATALOGUE, checkerOf } from '../../rules/index.ts';
import { passCounts } from './_random-runs.ts';

const runs = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 4_122_024);
const plain = passCounts(runs, seed);
const eligible = passCounts(runs, seed, true);
const rows = CATALOGUE.filter((rule) => checkerOf(rule.id) !== undefined).map(
  (rule) =>
    `${rule.id.padEnd(8)} ${rule.kind.padEnd(9)} ${String(plain.get(rule.id) ?? 0).padStart(6)} ${String(eligible.get(rule.id) ?? 0).padStart(9)}`,
);
process.stdout.write(
  `rule     kind       plain  eligible   (passes in ${runs} runs each)\n${rows.join('\n')}\n`,
);
