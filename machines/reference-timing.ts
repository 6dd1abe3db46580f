/**
 * How long the simulated move worker takes. Simulated milliseconds, never real time: a move of
 * n conversations with m messages in all takes
 * `ceil(n / batchSize) * msPerBatch + n * msPerConversation + m * msPerMessage + msToComplete`
 * (plus the time lost to a crash), so more data never makes a move shorter (MOVE-5).
 */
export interface ReferenceTiming {
  /** Fixed cost of one conversation (its move and its ticket). */
  readonly msPerConversation: number;
  /** Cost of each message of a conversation. */
  readonly msPerMessage: number;
  /** Conversations per batch; the move reports its progress once per batch. */
  readonly batchSize: number;
  /** Overhead of starting a batch (also paid again when the worker restarts). */
  readonly msPerBatch: number;
  /** Time to finish once nothing is left; positive, so a move with no data still takes time. */
  readonly msToComplete: number;
}

/** The default timing: 20 ms a conversation, 4 ms a message, batches of 500 at 250 ms, 1 s to finish. */
export const DEFAULT_TIMING: ReferenceTiming = {
  msPerConversation: 20,
  msPerMessage: 4,
  batchSize: 500,
  msPerBatch: 250,
  msToComplete: 1_000,
};

/** Throws a RangeError naming the field when a timing is unusable (a programming error, not input). */
export function checkTiming(timing: ReferenceTiming): ReferenceTiming {
  const fields = ['msPerConversation', 'msPerMessage', 'msPerBatch'] as const;
  for (const field of fields) {
    if (!Number.isFinite(timing[field]) || timing[field] < 0) {
      throw new RangeError(
        `createReferenceSystemWith: timing.${field} must be a finite number ≥ 0, got ${timing[field]}`,
      );
    }
  }
  if (!Number.isInteger(timing.batchSize) || timing.batchSize < 1) {
    throw new RangeError(
      `createReferenceSystemWith: timing.batchSize must be an integer ≥ 1, got ${timing.batchSize}`,
    );
  }
  if (!Number.isFinite(timing.msToComplete) || timing.msToComplete <= 0) {
    throw new RangeError(
      `createReferenceSystemWith: timing.msToComplete must be > 0, got ${timing.msToComplete}`,
    );
  }
  return timing;
}
