/** MOVE-1: cancel is accepted and halts the worker: the move never completes and nothing is rolled back. */
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:cancel-stops-move', (ctx) => {
  let hidden = 0;
  return {
    command: (command) => {
      if (command.type !== 'cancel-move') return command;
      if (ctx.inner.observe().channelLocations[command.channelId] !== 'moving') return command;
      hidden += 1;
      ctx.inner.execute({ type: 'worker-crash' });
      return { status: 'accepted' };
    },
    // The halt is the cancel's doing, not a crash: it is not logged as one.
    event: (event) => {
      if (event.type !== 'worker-crashed' || hidden === 0) return event;
      hidden -= 1;
      return null;
    },
  };
});
