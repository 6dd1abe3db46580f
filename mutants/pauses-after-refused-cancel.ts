/**
 * MOVE-1: the cancel handler pauses the move worker before it checks whether a cancel is allowed,
 * and never resumes it when the cancel is refused. The refusal is right, nothing is logged, the
 * progress still says "running" — and the move never completes.
 */
import { silentPause } from './_silent-pause.ts';
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:pauses-after-refused-cancel', (ctx) => {
  const pause = silentPause(ctx);
  return {
    ...pause.tweaks,
    command: (command) => {
      pause.tweaks.commandSeen(command.type);
      return command;
    },
    after: (command, result) => {
      if (command.type === 'cancel-move' && result.status === 'refused' && result.ruleId === 'MOVE-1') {
        pause.pause();
      }
      return undefined;
    },
  };
});
