import { z } from 'zod';
import { COMMAND_TYPES } from '../../domain/index.ts';

/**
 * `found:` a counterexample saved by `inbox-move-sim explore` (scenarios/corpus/): the exact world
 * and command script it shrank to, kept verbatim rather than in the hand-written shorthand so that
 * replaying it is byte-for-byte the run that failed. The world is then checked by `validateWorld`.
 */
export const counterexampleSchema = z.strictObject({
  /** The system it was found on: `reference` or a module path relative to the working directory. */
  system: z.string().min(1),
  seed: z.number().int().nonnegative(),
  path: z.string(),
  /** The command line that finds it again. */
  replay: z.string().optional(),
  /** Set when the run failed because the system failed (threw, answered malformed, timed out): how. */
  systemFailure: z.string().optional(),
  world: z.looseObject({
    clock: z.number(),
    account: z.looseObject({ pipeline: z.looseObject({ statuses: z.array(z.string()) }) }),
    users: z.array(z.looseObject({ id: z.string() })),
    channels: z.array(z.looseObject({ id: z.string() })),
    conversations: z.array(z.looseObject({ id: z.string(), channelHistory: z.array(z.string()) })),
    tickets: z.array(z.looseObject({ id: z.string() })),
  }),
  script: z.array(z.looseObject({ type: z.enum(COMMAND_TYPES) })),
});

export type CounterexampleInput = z.output<typeof counterexampleSchema>;
