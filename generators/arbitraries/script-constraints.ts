import { DAY } from '../../domain/index.ts';

/** Bounds of `scriptArbitrary`; plain data, like `WorldConstraints`, so a run can be rebuilt to replay. */
export interface ScriptConstraints {
  /** Commands after the opening move. @default 20 */
  readonly maxCommands: number;
  /** Open with a `start-move` (the interesting case); later ones are second-move attempts. @default true */
  readonly startWithMove: boolean;
  /** Largest `advance` and `run-until-idle` bound. @default 2 days */
  readonly maxAdvanceMs: number;
  /** Sometimes name a user or channel that does not exist (`invalid` commands). @default true */
  readonly unknownIds: boolean;
}

/** The defaults of `scriptArbitrary`. */
export const DEFAULT_SCRIPT_CONSTRAINTS: ScriptConstraints = {
  maxCommands: 20,
  startWithMove: true,
  maxAdvanceMs: 2 * DAY,
  unknownIds: true,
};
