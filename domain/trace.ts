import type { Command } from './commands.ts';
import type { SystemEvent } from './events.ts';
import type { CommandResult, Observation, SystemOptions } from './system.ts';
import type { World } from './world.ts';

/** One command played against a system, and what it observably did. */
export interface TraceStep {
  readonly index: number;
  readonly command: Command;
  readonly result: CommandResult;
  readonly observation: Observation;
  /** Events this command appended: indexes [from, to) into Trace.events. */
  readonly eventsFrom: number;
  readonly eventsTo: number;
  /** The world after the command; recorded only for small worlds (see the runner). */
  readonly world?: World;
}

/**
 * What rule checkers judge. Checkers are pure functions of a trace and never import machines/.
 */
export interface Trace {
  readonly system: string;
  readonly options: SystemOptions;
  readonly before: World;
  readonly initial: Observation;
  readonly steps: readonly TraceStep[];
  readonly after: World;
  readonly events: readonly SystemEvent[];
}
