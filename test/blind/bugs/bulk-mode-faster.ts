/**
 * BUG: moves of large channels switch to a "bulk import" code path that copies conversations in
 * big pages and skips the per-message work (messages are attached by reference later). The
 * threshold is on the channel's conversation count, so a channel just above it finishes much
 * faster than a channel just below it with as many messages.
 *
 * How it ships: bulk mode was added as a performance fix for the largest customers; it is chosen
 * once when the move starts (`queued >= 100 ? BULK : STANDARD`) and tuned on a benchmark of big
 * channels only. Nobody compared a 99-conversation move with a 100-conversation one.
 *
 * Breaks: MOVE-5 (how long a move takes depends on the data: more conversations and more messages
 * never make a move shorter).
 *
 * Shows when: two moves (in one trace, or in two plays) where the larger one takes the history of
 * a channel with at least 100 inbox conversations and the smaller one fewer than 100: e.g. 99
 * conversations with 5 messages each take ~5.2 s, 100 conversations take ~0.35 s. A move with
 * history `none` never uses bulk mode.
 */
import type { Command, SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystemWith, DEFAULT_TIMING } from '../../../machines/index.ts';
import { currentOf, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:bulk-mode-faster';
const BULK_THRESHOLD = 100;

interface Throttle {
  msPerConversation: number;
  msPerMessage: number;
  batchSize: number;
  msPerBatch: number;
  msToComplete: number;
}

const BULK: Throttle = {
  msPerConversation: 1,
  msPerMessage: 0,
  batchSize: 5000,
  msPerBatch: 50,
  msToComplete: 200,
};

const factory: SystemFactory = (world, options) => {
  // The worker reads its throttle from this settings object each time it takes work.
  const throttle: Throttle = { ...DEFAULT_TIMING };
  const inner = createReferenceSystemWith(throttle)(world, options);
  return wrapSystem(NAME, inner, {
    before(command: Command) {
      if (command.type !== 'start-move') return undefined;
      if (inner.observe().move !== null) return undefined; // refused anyway; leave the running move alone
      let queued = 0;
      if (command.history.kind === 'all') {
        for (const conversation of inner.world().conversations) {
          if (conversation.location === 'inbox' && currentOf(conversation) === command.channelId) queued += 1;
        }
      }
      Object.assign(throttle, queued >= BULK_THRESHOLD ? BULK : DEFAULT_TIMING);
      return undefined;
    },
  });
};

export default factory;
