/**
 * BUG: with "all conversations", only the status for OPEN conversations is validated against the
 * help desk pipeline. A missing or unknown status for CLOSED conversations is silently replaced by
 * the pipeline's last (terminal) status instead of refusing the request.
 *
 * How it ships: the wizard pre-fills the closed status with "Closed", so the API validator was
 * written for the field users actually edit (open status); a `?? pipeline.at(-1)` default was added
 * for API clients that omit the closed status "to be forgiving". Pipelines whose statuses were
 * renamed (e.g. "Resolved") or API calls with a typo hit it.
 *
 * Breaks: HIST-0 (the request must be refused before it starts, naming HIST-0, and nothing change);
 * the move starts instead. The resulting closed-conversation tickets get the terminal status.
 *
 * Shows when: start-move with history `{ kind: 'all' }` whose `openStatus` is a pipeline status but
 * whose `closedStatus` is absent or not a status of `account.pipeline.statuses`.
 */
import type { Command, SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:closed-status-fallback';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  return wrapSystem(NAME, inner, {
    before(command: Command) {
      if (command.type !== 'start-move' || command.history.kind !== 'all') return undefined;
      const statuses = inner.world().account.pipeline.statuses;
      const { openStatus, closedStatus } = command.history;
      if (openStatus === undefined || !statuses.includes(openStatus)) return undefined; // validated
      if (closedStatus !== undefined && statuses.includes(closedStatus)) return undefined;
      const terminal = statuses[statuses.length - 1];
      if (terminal === undefined) return undefined;
      return { ...command, history: { kind: 'all', openStatus, closedStatus: terminal } };
    },
  });
};

export default factory;
