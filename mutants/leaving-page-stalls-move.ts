/** MOVE-4: the move runs in the starter's browser session; closing the progress page stops the worker. */
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:leaving-page-stalls-move', (ctx) => {
  let hidden = 0;
  return {
    after: (command) => {
      if (command.type !== 'leave-progress-page' || ctx.inner.observe().move === null) return undefined;
      hidden += 1;
      ctx.inner.execute({ type: 'worker-crash' });
      return undefined;
    },
    event: (event) => {
      if (event.type !== 'worker-crashed' || hidden === 0) return event;
      hidden -= 1;
      return null;
    },
  };
});
