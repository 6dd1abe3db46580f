/**
 * HIST-5: "none" is stored but the worker reads only "all": old conversations move anyway (with the
 * pipeline's first and last statuses), while the log still says history "none".
 */
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:history-none-moves-all', (ctx) => {
  const statuses = ctx.given.account.pipeline.statuses;
  const none = new Set<string>();
  return {
    command: (command) => {
      if (command.type !== 'start-move' || command.history.kind !== 'none') return command;
      none.add(command.channelId);
      const openStatus = statuses[0] ?? 'New';
      const closedStatus = statuses[statuses.length - 1] ?? openStatus;
      return { ...command, history: { kind: 'all', openStatus, closedStatus } };
    },
    event: (event) =>
      event.type === 'move-started' && none.has(event.channelId) ? { ...event, history: 'none' } : event,
  };
});
