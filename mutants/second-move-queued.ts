/**
 * ELIG-6: a second move while one runs is accepted and queued; it starts when the first completes
 * instead of being refused.
 */
import type { Command } from '../domain/index.ts';
import { wrapReference } from './wrap-reference.ts';

type StartMove = Extract<Command, { type: 'start-move' }>;

export default wrapReference('bad:second-move-queued', (ctx) => {
  const queue: StartMove[] = [];
  let asking = false;
  return {
    command: (command) => {
      asking = command.type === 'start-move';
      return command;
    },
    // The request is queued, not refused: the reference system's ELIG-6 refusal is not logged.
    event: (event) =>
      asking && event.type === 'command-refused' && event.ruleId === 'ELIG-6' ? null : event,
    after: (command, result) => {
      asking = false;
      let answer = result;
      if (command.type === 'start-move' && result.status === 'refused' && result.ruleId === 'ELIG-6') {
        queue.push(command);
        answer = { status: 'accepted' };
      }
      while (queue.length > 0 && ctx.inner.observe().move === null) {
        const next = queue.shift();
        if (next === undefined) break;
        ctx.inner.execute(next);
        // Running until idle runs the queued move too.
        if (command.type === 'run-until-idle') ctx.inner.execute(command);
      }
      return answer;
    },
  };
});
