/**
 * INV-8: start-move looks the channel up in the inbox settings' channel list only; chatflows live in
 * their own list, so moving one answers "invalid: unknown channel" although the chatflow exists.
 */
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:invalid-for-existing-channel', (ctx) => ({
  command: (command) => {
    if (command.type !== 'start-move') return command;
    const channel = ctx.given.channels.find((c) => c.id === command.channelId);
    if (channel?.kind !== 'chatflow') return command;
    return { status: 'invalid', reason: `start-move: unknown channel "${command.channelId}"` };
  },
}));
