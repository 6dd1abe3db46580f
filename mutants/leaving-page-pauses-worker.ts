/**
 * MOVE-4: the move's worker is driven by the starter's progress page. When the Super Admin who
 * started the move closes it, the worker pauses — silently: nothing is logged, the progress still
 * says "running" — until that user comes back (sends any request of their own, e.g. opens the
 * inbox settings to start or cancel a move). Nobody else leaving matters.
 */
import { silentPause } from './_silent-pause.ts';
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:leaving-page-pauses-worker', (ctx) => {
  const pause = silentPause(ctx);
  let starter: string | null = null;
  return {
    ...pause.tweaks,
    command: (command) => {
      pause.tweaks.commandSeen(command.type);
      if ('actorId' in command && command.actorId === starter) pause.resume();
      return command;
    },
    event: (event) => {
      if (event.type === 'move-started') starter = event.actorId;
      return pause.tweaks.event(event);
    },
    after: (command) => {
      if (command.type === 'leave-progress-page' && command.userId === starter) pause.pause();
      return undefined;
    },
  };
});
