/** HIST-0: a missing or unknown ticket status falls back to the pipeline's first status instead of a refusal. */
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:status-outside-pipeline-accepted', (ctx) => {
  const statuses = ctx.given.account.pipeline.statuses;
  const first = statuses[0] ?? 'New';
  const fix = (status: string | undefined): string =>
    status !== undefined && statuses.includes(status) ? status : first;
  return {
    command: (command) => {
      if (command.type !== 'start-move' || command.history.kind !== 'all') return command;
      const { openStatus, closedStatus } = command.history;
      return {
        ...command,
        history: { kind: 'all', openStatus: fix(openStatus), closedStatus: fix(closedStatus) },
      };
    },
  };
});
