import { changedBetween, channelLocationAt, commandIndex, moveOfChannelBefore } from '../_commands.ts';
import { movesLiveness } from '../liveness.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * MOVE-2, from the commands: every new conversation the harness delivered (`conversation-arrives`)
 * into a channel that was moving at that moment (by ground truth: an accepted start-move not yet
 * completed) is in help desk in the world after — once the move completed, or once its completion
 * bound passed (a move that never completes does not excuse it) — unless the harness changed its
 * channel before the move completed (OPEN-3). The event log is a cross-check: the arrival must be
 * logged, and one logged in the inbox must be logged as moved.
 */
export const move2 = defineChecker('MOVE-2', (trace) => {
  const ci = commandIndex(trace);
  const { ix } = ci;
  const found = new Findings('MOVE-2');
  const overdue = new Map(movesLiveness(trace).map((life) => [life.move, life.overdueStep]));
  let checked = 0;
  let pending = 0;
  for (const [conv, delivery] of ci.deliveries) {
    if (channelLocationAt(ci, delivery.channelId, delivery.step) !== 'moving') continue;
    const move = moveOfChannelBefore(ci, delivery.channelId, delivery.step);
    if (move === undefined) continue;
    const due = move.completeStep ?? overdue.get(move) ?? null;
    if (due === null) {
      pending += 1;
      continue;
    }
    if (changedBetween(ci, conv, delivery.step, due)) continue;
    checked += 1;
    const subjects = { conversations: [conv], channels: [move.channelId], step: delivery.step };
    const after = ix.convsAfter.get(conv);
    const a = ix.arrivedByConv.get(conv);
    const logged = a === undefined ? undefined : ix.trace.events[a];
    const because = move.completeStep === null ? ' (the move should have completed by then)' : '';
    if (after?.location !== 'help-desk') {
      found.add(
        `in help desk in the world after${because}`,
        after === undefined ? 'missing' : `left in the ${after.location}`,
        subjects,
      );
    } else if (logged?.type !== 'conversation-arrived') {
      found.add('its arrival logged (conversation-arrived)', 'not logged', subjects);
    } else if (logged.location === 'inbox' && ix.movedByConv.get(conv).length === 0) {
      found.add(
        'logged as moved (conversation-moved) after landing in the inbox',
        'no conversation-moved',
        subjects,
      );
    }
  }
  const waiting =
    pending === 0 ? '' : ` (${count(pending, 'more')} arrived during a move the trace did not let complete)`;
  return found.verdict(
    checked,
    `${count(checked, 'conversations')} arrived during a move; all reached help desk${waiting}`,
    `no conversation arrived in a channel while it was moving (and the move completed or was due)${waiting}`,
  );
});
