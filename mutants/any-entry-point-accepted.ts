/** ELIG-8: a move is accepted from either list, whatever the channel's kind. */
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:any-entry-point-accepted', (ctx) => {
  const kinds = new Map(ctx.given.channels.map((c) => [c.id, c.kind]));
  return {
    command: (command) => {
      if (command.type !== 'start-move') return command;
      const kind = kinds.get(command.channelId);
      if (kind === undefined) return command;
      return { ...command, entryPoint: kind === 'chatflow' ? 'chatflows-list' : 'inbox-settings' };
    },
  };
});
