/**
 * BUG: the move worker is a long-lived singleton per account and its progress counters
 * (`processed`, `messagesMoved`) are instance fields reset only in its constructor. The first move
 * of an account reports right; a SECOND move (of another channel, after the first completed)
 * starts counting from where the first stopped: its progress shows the first move's conversations
 * as already processed, and its `move-completed` reports both moves' totals.
 *
 * How it ships: the worker used to be created per move; it was made a singleton to keep its
 * connection pool warm, and nobody moved the counter reset into `start()`. Every test moves one
 * channel per account, and the progress page only renders a percentage, which is clamped to 100.
 *
 * Breaks: INV-7 (the move's own account of itself: `processed` at the end of each step counts the
 * conversations of THIS channel taken to help desk so far, and `move-completed` counts exactly the
 * conversations and messages this move took to help desk).
 *
 * Shows when: two moves one after the other in one trace (the first completed), where the first
 * moved at least one conversation; seen in the second move's observation and completion event.
 */
import type { Observation, SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { type Timed, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:move-counters-not-reset';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  // What the singleton worker counted before the current move.
  let carried = { conversations: 0, messages: 0 };
  let done = { conversations: 0, messages: 0 };
  return wrapSystem(NAME, inner, {
    after(_command, _result, fresh) {
      return fresh.map((event): Timed => {
        if (event.type === 'move-started') {
          carried = done;
          return event;
        }
        if (event.type !== 'move-completed') return event;
        done = {
          conversations: carried.conversations + event.conversationsMoved,
          messages: carried.messages + event.messagesMoved,
        };
        return { ...event, conversationsMoved: done.conversations, messagesMoved: done.messages };
      });
    },
    observe(observation: Observation): Observation {
      const move = observation.move;
      if (move === null || carried.conversations === 0) return observation;
      return { ...observation, move: { ...move, processed: move.processed + carried.conversations } };
    },
  });
};

export default factory;
