// Times the phases of runScenario on one scenario file: `node --import tsx bench/profile-scenario.ts FILE`.
import { performance } from 'node:perf_hooks';
import { createReferenceSystem } from '../machines/index.ts';
import { checkTrace } from '../rules/index.ts';
import { buildTimeline } from '../reports/text/timeline.ts';
import { loadScenarioFile } from '../scenarios/index.ts';
import { playScript, runScenario } from '../harness/index.ts';

const file = process.argv[2] ?? '';
const lap = (label: string, t0: number): number => {
  const now = performance.now();
  const rss = (process.memoryUsage().rss / 2 ** 30).toFixed(2);
  process.stdout.write(`${label.padEnd(14)} ${((now - t0) / 1000).toFixed(2)} s  rss ${rss} GiB\n`);
  return now;
};
let t = performance.now();
const scenario = loadScenarioFile(file);
t = lap('load+compile', t);
if (process.argv.includes('--phases')) {
  const options = { policies: scenario.options.policies, profile: scenario.options.profile };
  const trace = playScript(createReferenceSystem, scenario.world, scenario.script, options);
  t = lap('play', t);
  checkTrace(trace);
  t = lap('check', t);
  buildTimeline(trace);
  t = lap('timeline', t);
}
const { result } = runScenario(scenario, { factory: createReferenceSystem });
lap('runScenario', t);
process.stdout.write(
  `${result.outcome} peak ${((process.resourceUsage().maxRSS * 1024) / 2 ** 30).toFixed(2)} GiB\n`,
);
