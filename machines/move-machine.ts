import { assign, assertEvent, setup } from 'xstate';
import type { RuleId } from '../domain/index.ts';

/** A start-move request found ineligible before the move started (ELIG-*, HIST-0). */
export interface MoveRefusal {
  readonly ruleId: RuleId;
  readonly reason: string;
}

/** What a move actor is started with. */
export interface MoveInput {
  readonly channelId: string;
  readonly history: 'all' | 'none';
  /** The eligibility verdict on the request; null when it may start. */
  readonly refusal: MoveRefusal | null;
  readonly pending: number;
}

/** The move's progress as its actor holds it (what `observe().move` shows). */
export interface MoveContext extends MoveInput {
  readonly processed: number;
  readonly messagesMoved: number;
}

/** Sent by the move worker (batches, queue changes) and by the crash/restart commands. */
export type MoveEvent =
  | {
      readonly type: 'BATCH_PROCESSED';
      readonly processed: number;
      readonly messages: number;
      readonly pending: number;
    }
  | { readonly type: 'CONVERSATIONS_QUEUED'; readonly pending: number }
  | { readonly type: 'WORKER_CRASHED' }
  | { readonly type: 'WORKER_RESTARTED' }
  | { readonly type: 'QUEUE_DRAINED' };

/**
 * One move of one channel: validating → running → completed. `running` is `active` while the
 * worker processes batches and `stalled` while it is down; it resumes where it was after a
 * restart. There is no cancel transition (MOVE-1), and leaving the progress page is not an event
 * of the move at all (MOVE-4).
 */
export const moveMachine = setup({
  types: { context: {} as MoveContext, events: {} as MoveEvent, input: {} as MoveInput },
  guards: {
    isRefused: ({ context }) => context.refusal !== null,
    nothingPending: ({ context }) => context.pending === 0,
  },
  actions: {
    recordBatch: assign(({ context, event }) => {
      assertEvent(event, 'BATCH_PROCESSED');
      return {
        processed: context.processed + event.processed,
        messagesMoved: context.messagesMoved + event.messages,
        pending: event.pending,
      };
    }),
    recordQueued: assign(({ event }) => {
      assertEvent(event, 'CONVERSATIONS_QUEUED');
      return { pending: event.pending };
    }),
  },
}).createMachine({
  id: 'move',
  initial: 'validating',
  context: ({ input }) => ({ ...input, processed: 0, messagesMoved: 0 }),
  states: {
    validating: { always: [{ guard: 'isRefused', target: 'refused' }, { target: 'running' }] },
    refused: { type: 'final' },
    running: {
      initial: 'active',
      on: {
        BATCH_PROCESSED: { actions: 'recordBatch' },
        CONVERSATIONS_QUEUED: { actions: 'recordQueued' },
      },
      states: {
        active: {
          on: {
            WORKER_CRASHED: 'stalled',
            QUEUE_DRAINED: { guard: 'nothingPending', target: '#move.completed' },
          },
        },
        stalled: { on: { WORKER_RESTARTED: 'active' } },
      },
    },
    completed: { type: 'final' },
  },
});
