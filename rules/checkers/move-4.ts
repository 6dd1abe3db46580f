import type { Observation, Trace, Verdict } from '../../domain/index.ts';
import { count, Findings, profiled } from '../_verdict.ts';

function sameProgress(a: Observation, b: Observation): boolean {
  return (
    JSON.stringify([a.move, a.banner, a.channelLocations, a.notificationsOn]) ===
    JSON.stringify([b.move, b.banner, b.channelLocations, b.notificationsOn])
  );
}

/**
 * MOVE-4: leaving the progress page while a move runs is accepted, logs only `progress-page-left`,
 * and leaves the move's progress, banner and channel locations exactly as they were. A user the
 * world does not know makes the command invalid instead.
 */
export const checkMove4: (trace: Trace) => Verdict = profiled('MOVE-4', (trace) => {
  const found = new Findings('MOVE-4');
  const known = new Set(trace.before.users.map((user) => user.id));
  let checked = 0;
  for (const step of trace.steps) {
    if (step.command.type !== 'leave-progress-page') continue;
    const previous = step.index === 0 ? trace.initial : trace.steps[step.index - 1]?.observation;
    if (previous?.move == null) continue;
    const subjects = { channels: [previous.move.channelId], users: [step.command.userId], step: step.index };
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
  return found.verdict(
    checked,
    `the progress page was left ${count(checked, 'times')} during a move, with no effect on it`,
    'nobody left the progress page while a move ran',
  );
});
