/**
 * HIST-8: a thread that started as a form submission is filed under the form, so moving the form
 * channel drags the threads continued over email along (and moving the email channel leaves them).
 */
import { wrapReference } from './wrap-reference.ts';
import { firstChannelCounts } from './_history.ts';

export default wrapReference('bad:form-move-drags-email-threads', (ctx) => {
  const kinds = new Map(ctx.given.channels.map((c) => [c.id, c.kind]));
  return firstChannelCounts(ctx, (c) => {
    const first = c.channelHistory[0];
    const last = c.channelHistory[c.channelHistory.length - 1];
    return (
      first !== undefined &&
      last !== undefined &&
      kinds.get(first) === 'form' &&
      kinds.get(last) === 'email' &&
      c.messages[0]?.kind === 'form-submission'
    );
  });
});
