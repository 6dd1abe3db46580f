import type { Trace, Verdict } from '../../domain/index.ts';
import { collectRefusals } from '../_refusal.ts';
import { traceIndex } from '../_trace-index.ts';
import { count, Findings, profiled } from '../_verdict.ts';

/**
 * MOVE-1: a cancel-move while the channel moves is refused naming MOVE-1, and once a move has
 * started its channel is never seen back in the inbox (it runs to its end).
 */
export const checkMove1: (trace: Trace) => Verdict = profiled('MOVE-1', (trace) => {
  const found = new Findings('MOVE-1');
  const checked = collectRefusals(trace, 'MOVE-1', found);
  if (checked > 0) {
    for (const move of traceIndex(trace).moves) {
      for (const step of trace.steps.slice(Math.max(move.startStep, 0))) {
        const at = step.observation.channelLocations[move.channelId];
        if (at === 'inbox') {
          found.add('the channel stays moving or in help desk once its move started', 'back in the inbox', {
            channels: [move.channelId],
            step: step.index,
          });
          break;
        }
      }
    }
  }
  return found.verdict(
    checked,
    `${count(checked, 'cancel requests')} during a move were refused and the moves went on`,
    'nobody tried to cancel a running move',
  );
});
