/**
 * BUG: when a move starts, the worker picks its copy API from the channel's AVERAGE thread length:
 * channels whose conversations average 6 messages or more are copied with the "thread export" API
 * (one call per conversation, whatever its length: a flat 30 ms), others message by message
 * (20 ms a conversation plus 4 ms a message). Around the threshold, a channel with MORE messages
 * finishes sooner: 10 conversations of 6 messages take ~1.55 s, 10 of 5 messages ~1.65 s; 40
 * conversations of 6 messages (~2.45 s) beat 40 of 5 (~2.85 s).
 *
 * How it ships: the export API was introduced for long email threads, where it is much faster, and
 * the switch was tuned on a benchmark of long-thread channels against short-thread channels, never
 * on two channels on either side of the threshold. The choice is made once, on the history queued
 * at start; a move with history `none` always goes message by message.
 *
 * Breaks: MOVE-5 (how long a move takes depends on the amount of data moved: more conversations,
 * more messages — not shorter).
 *
 * Shows when: two moves with history `all` (in one trace, or in two plays) where one channel's
 * queued conversations average at least 6 messages and the other's fewer, and the first has at
 * least as many conversations and more messages but completes sooner (e.g. the same channel played
 * with one reply more per thread).
 */
import type { Command, SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystemWith, DEFAULT_TIMING, type ReferenceTiming } from '../../../machines/index.ts';
import { currentOf, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:long-thread-export-mode';
const EXPORT_AVERAGE = 6;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const EXPORT: ReferenceTiming = { ...DEFAULT_TIMING, msPerConversation: 30, msPerMessage: 0 };

const factory: SystemFactory = (world, options) => {
  // The worker reads its copy costs from this object for each unit of work.
  const timing: Mutable<ReferenceTiming> = { ...DEFAULT_TIMING };
  const inner = createReferenceSystemWith(timing)(world, options);
  return wrapSystem(NAME, inner, {
    before(command: Command) {
      if (command.type !== 'start-move') return undefined;
      if (inner.observe().move !== null) return undefined; // refused anyway: the running move keeps its API
      let conversations = 0;
      let messages = 0;
      if (command.history.kind === 'all') {
        for (const conversation of inner.world().conversations) {
          if (conversation.location !== 'inbox' || currentOf(conversation) !== command.channelId) continue;
          conversations += 1;
          messages += conversation.messages.length;
        }
      }
      const useExport = conversations > 0 && messages / conversations >= EXPORT_AVERAGE;
      Object.assign(timing, useExport ? EXPORT : DEFAULT_TIMING);
      return undefined;
    },
  });
};

export default factory;
