/**
 * BUG: a start-move request while another move is STALLED (its worker is down) is refused naming
 * MOVE-1 ("the running move cannot be stopped") instead of ELIG-6 (one move at a time). While the
 * other move is running normally, the refusal is right (ELIG-6).
 *
 * How it ships: the start endpoint first asks the move service for the account's active move and
 * branches on its status; the `stalled` branch was written together with the cancel endpoint
 * ("a stalled move may look abandoned, but it cannot be stopped: MOVE-1") and shares its error
 * builder. Tests of "a second move is refused" start it while the first is running, not stalled.
 *
 * Breaks: ELIG-6 (a second move while one runs must be refused, and a request that breaks exactly
 * one rule must be refused naming that rule; MOVE-1 is not a rule the request breaks).
 *
 * Shows when: a move runs; `worker-crash` (not yet restarted); a start-move of ANOTHER channel that
 * is otherwise valid (Super Admin, eligible account and channel, right entry point, valid history).
 */
import type { Command, SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:stalled-move-blocks-as-move-1';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  return wrapSystem(NAME, inner, {
    before(command: Command) {
      if (command.type !== 'start-move') return undefined;
      const active = inner.observe().move;
      if (active?.status !== 'stalled') return undefined;
      const now = inner.world();
      // Unknown IDs: the endpoint's 404 comes before the active-move lookup.
      if (!now.users.some((u) => u.id === command.actorId)) return undefined;
      if (!now.channels.some((c) => c.id === command.channelId)) return undefined;
      const reason = `the move of channel ${active.channelId} has stalled; a started move cannot be stopped or replaced, wait until it resumes and completes`;
      return {
        intercept: { status: 'refused', ruleId: 'MOVE-1', reason },
        events: [{ at: now.clock, type: 'command-refused', command: 'start-move', ruleId: 'MOVE-1', reason }],
      };
    },
  });
};

export default factory;
