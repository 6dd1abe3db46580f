import { movesLiveness } from '../liveness.ts';
import { traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * MOVE-6: a started move shows its channel `moving`; once `move-completed` is logged the channel is
 * `help-desk` in that step's observation, every later one, and the world after. A move that never
 * completes although its completion bound has passed (rules/liveness.ts; MOVE-1's violation) is
 * not skipped: its channel should be in help desk by then, and is not.
 */
export const move6 = defineChecker('MOVE-6', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('MOVE-6');
  let checked = 0;
  for (const life of movesLiveness(trace)) {
    if (life.outcome !== 'overdue' || life.move.completeStep !== null) continue;
    checked += 1;
    const at = ix.channelsAfter.get(life.move.channelId)?.location;
    found.add(
      `in help desk once the move's completion bound passed (step ${life.overdueStep ?? -1})`,
      `${String(at)} in the world after; the move never completed`,
      { channels: [life.move.channelId], step: life.overdueStep ?? -1 },
    );
  }
  for (const move of ix.moves) {
    const channels = [move.channelId];
    const startObs = trace.steps[move.startStep]?.observation;
    if (startObs !== undefined && startObs.channelLocations[move.channelId] !== 'moving') {
      found.add('moving once started', String(startObs.channelLocations[move.channelId]), {
        channels,
        step: move.startStep,
      });
    }
    if (move.completeStep === null) continue;
    checked += 1;
    for (const step of trace.steps.slice(move.completeStep)) {
      const at = step.observation.channelLocations[move.channelId];
      if (at !== 'help-desk') {
        found.add('in help desk once the move completed', String(at), { channels, step: step.index });
        break;
      }
    }
    const after = ix.channelsAfter.get(move.channelId)?.location;
    if (after !== 'help-desk') found.add('in help desk in the world after', String(after), { channels });
  }
  return found.verdict(
    checked,
    `${count(checked, 'completed moves')} left their channel in help desk`,
    'no move completed (nor was any overdue)',
  );
});
