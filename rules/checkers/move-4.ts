import type { Observation } from '../../domain/index.ts';
import { channelLocationsAt, commandIndex } from '../_commands.ts';
import { movesLiveness } from '../liveness.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';
import { sameJson } from '../canonical.ts';

function sameProgress(a: Observation, b: Observation): boolean {
  return sameJson(
    [a.move, a.banner, a.channelLocations, a.notificationsOn],
    [b.move, b.banner, b.channelLocations, b.notificationsOn],
  );
}

/**
 * MOVE-4: leaving the progress page while a move runs (by the commands: an accepted start-move not
 * yet completed) is accepted, logs only `progress-page-left`, and leaves the move's progress, banner
 * and channel locations exactly as they were; and it does not stall the move: a move left this way
 * still completes within its completion bound (judged as MOVE-1 does, rules/liveness.ts). A user the
 * world does not know makes the command invalid instead.
 */
export const move4 = defineChecker('MOVE-4', (trace) => {
  const found = new Findings('MOVE-4');
  const ci = commandIndex(trace);
  const known = new Set(trace.before.users.map((user) => user.id));
  let checked = 0;
  for (const step of trace.steps) {
    if (step.command.type !== 'leave-progress-page') continue;
    const previous = step.index === 0 ? trace.initial : trace.steps[step.index - 1]?.observation;
    const moving = Object.entries(channelLocationsAt(ci, step.index)).find(([, at]) => at === 'moving');
    if (previous === undefined || moving === undefined) continue;
    const subjects = { channels: [moving[0]], users: [step.command.userId], step: step.index };
    const logged = trace.events.slice(step.eventsFrom, step.eventsTo).map((event) => event.type);
    // An unknown user makes the command invalid (SEMANTICS.md, "Command results"), not a MOVE-4 case.
    if (!known.has(step.command.userId)) {
      if (step.result.status !== 'invalid') found.add('invalid: unknown user', step.result.status, subjects);
      continue;
    }
    checked += 1;
    if (step.result.status !== 'accepted') {
      found.add('accepted', step.result.status, subjects);
    } else if (logged.length !== 1 || logged[0] !== 'progress-page-left') {
      found.add('only progress-page-left logged', logged.join(', ') || 'nothing', subjects);
    } else if (!sameProgress(previous, step.observation)) {
      found.add('move progress, banner and locations unchanged', 'changed', subjects);
    }
  }
  for (const life of movesLiveness(trace)) {
    if (life.outcome !== 'overdue' || life.pageLeftStep === null) continue;
    found.add(
      `the move completes within its bound (${life.boundMs.toLocaleString('en-US')} ms of worker-up time) after the progress page was left at step ${life.pageLeftStep}`,
      `still not complete after ${life.creditedMs.toLocaleString('en-US')} ms`,
      { channels: [life.move.channelId], users: [life.move.actorId], step: life.overdueStep ?? -1 },
    );
  }
  return found.verdict(
    checked,
    `the progress page was left ${count(checked, 'times')} during a move, with no effect on it`,
    'nobody left the progress page while a move ran',
  );
});
