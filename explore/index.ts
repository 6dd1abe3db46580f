// Random exploration (fast-check over scenarioArbitrary), the failure corpus and model-based paths.
export {
  CORPUS_DIR,
  counterexampleId,
  counterexampleYaml,
  saveCounterexamples,
} from './counterexample-file.ts';
export { explore, exploreInWorkers } from './explore.ts';
export { DEFAULT_EXPLORE_OPTIONS, exploreOptions, runSystemOptions } from './explore-options.ts';
export type { ExploreOptions } from './explore-options.ts';
export {
  explorationArbitrary,
  FOCUS_SHARES,
  FOCUSES,
  situationDrawArbitrary,
} from './exploration-arbitrary.ts';
export { SITUATIONS, withSituation } from './situations.ts';
export type { Situation, SituationDraw } from './situations.ts';
export type { Focus } from './exploration-arbitrary.ts';
export { runExploration } from './exploration-run.ts';
export type { Exploration, ExplorationSetup } from './exploration-run.ts';
export { judge } from './judge.ts';
export type { Judgement } from './judge.ts';
export { CONSTRAINT_FLAGS, constraintFlags, withConstraint } from './constraint-flags.ts';
export type { ConstraintFlag } from './constraint-flags.ts';
export { mergeRecords, summarize } from './merge-records.ts';
export { activeIds, machineCoverage, modelCoverage } from './machine-coverage.ts';
export { MACHINE_MODELS } from './machine-test-models.ts';
export { replayCommand } from './replay-command.ts';
export { replayCorpus } from './replay-corpus.ts';
export type { ReplayMode, ReplayOutcome } from './replay-corpus.ts';
export { runIndexes } from './run-indexes.ts';
export type { OnRun, RunFailure, RunRecord } from './run-indexes.ts';
export { runSeed, SEED_SPACE, shardIndexes, splitAmongWorkers, WHOLE } from './seeding.ts';
export type { Shard } from './seeding.ts';
