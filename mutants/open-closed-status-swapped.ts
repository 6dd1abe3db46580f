/** HIST-2b: the form's two status pickers are wired the wrong way round. */
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:open-closed-status-swapped', () => ({
  command: (command) => {
    if (command.type !== 'start-move' || command.history.kind !== 'all') return command;
    const { openStatus, closedStatus } = command.history;
    const history = {
      kind: 'all' as const,
      ...(closedStatus === undefined ? {} : { openStatus: closedStatus }),
      ...(openStatus === undefined ? {} : { closedStatus: openStatus }),
    };
    return { ...command, history };
  },
}));
