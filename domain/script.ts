import type { Command } from './commands.ts';

/**
 * A command script: what a scenario or an exploration plays against a system, in order.
 * Time passes only through `advance` and `run-until-idle` commands.
 */
export type Script = readonly Command[];
