/** HIST-6: the "move history" button is still offered after the move, and the request is accepted. */
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:history-movable-later', (ctx) => ({
  command: (command) => {
    if (command.type !== 'move-history-later') return command;
    const at = ctx.inner.observe().channelLocations[command.channelId];
    return at === 'moving' || at === 'help-desk' ? { status: 'accepted' } : command;
  },
}));
