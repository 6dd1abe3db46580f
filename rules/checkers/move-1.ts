import { shownLocation } from '../_commands.ts';
import { COMPLETION_BOUND, movesLiveness, notJudgedNote } from '../liveness.ts';
import { collectRefusals } from '../refusal.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * MOVE-1: a move cannot be stopped and runs to completion. A cancel-move while the channel moves is
 * refused naming MOVE-1; once a move has started its channel is never seen back in the inbox; and
 * every accepted move completes within its completion bound of worker-up time (rules/liveness.ts):
 * a move still incomplete once the commands have given it more than that is a stall. A move the
 * trace gave too little time is not judged for liveness (the evidence says so).
 */
export const move1 = defineChecker('MOVE-1', (trace) => {
  const found = new Findings('MOVE-1');
  const cancels = collectRefusals(trace, 'MOVE-1', found);
  const lives = movesLiveness(trace);
  for (const { move } of lives) {
    for (const step of trace.steps.slice(move.startStep)) {
      if (shownLocation(step, move.channelId) === 'inbox') {
        found.add('the channel stays moving or in help desk once its move started', 'back in the inbox', {
          channels: [move.channelId],
          step: step.index,
        });
        break;
      }
    }
  }
  let completed = 0;
  const notJudged: string[] = [];
  for (const life of lives) {
    if (life.outcome === 'completed') completed += 1;
    else if (life.outcome === 'not-judged') notJudged.push(notJudgedNote(life));
    else {
      found.add(
        `completed within ${life.boundMs.toLocaleString('en-US')} ms of worker-up time (${COMPLETION_BOUND.fixedMs} ms + per conversation and message; ${count(life.conversations, 'conversations')}, ${count(life.messages, 'messages')})`,
        `still not complete after ${life.creditedMs.toLocaleString('en-US')} ms${life.move.completeStep === null ? '; it never completed' : `; completed only at step ${life.move.completeStep}`}`,
        { channels: [life.move.channelId], users: [life.move.actorId], step: life.overdueStep ?? -1 },
      );
    }
  }
  const liveness =
    notJudged.length === 0 ? '' : `; liveness not exercised for ${notJudged.length}: ${notJudged.join('; ')}`;
  return found.verdict(
    cancels + completed,
    `${count(cancels, 'cancel requests')} during a move were refused; ${count(completed, 'moves')} ran to completion within their bound${liveness}`,
    lives.length === 0
      ? 'no move was started and nobody tried to cancel one'
      : `no cancel request, and no move could be judged for liveness${liveness}`,
  );
});
