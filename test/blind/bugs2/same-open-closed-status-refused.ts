/**
 * BUG: a move with "all conversations" whose status for open conversations is THE SAME as the
 * status for closed ones is refused with HIST-0 ("choose a status for open and for closed
 * conversations"), although both are statuses of the pipeline and nothing forbids choosing the same
 * one twice (e.g. every historical ticket "Closed", or every one "New" for a re-triage).
 *
 * How it ships: the API validator mirrors the wizard's form validation, where two identical
 * dropdown values were flagged as "probably a mistake" by a product decision that later became a
 * mere warning in the UI — but stayed an error in the API. Tests always pick "New" and "Closed".
 *
 * Breaks: INV-8 (a request that breaks no rule is accepted: a valid move may not be refused,
 * whatever rule ID the refusal names); HIST-0 is named for a request that does not break it.
 *
 * Shows when: a start-move with history `{ kind: 'all', openStatus: S, closedStatus: S }` where S is
 * a status of the account's pipeline and the request is otherwise valid (Super Admin, eligible
 * account, movable channel in the inbox, right entry point, no other move running).
 */
import type { Command, SystemFactory } from '../../../domain/index.ts';
import { PROFILES } from '../../../domain/index.ts';
import { checkStartMove } from '../../../machines/eligibility.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:same-open-closed-status-refused';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  const profile = PROFILES[options.profile];
  return wrapSystem(NAME, inner, {
    before(command: Command) {
      if (command.type !== 'start-move' || command.history.kind !== 'all') return undefined;
      const { openStatus, closedStatus } = command.history;
      if (openStatus === undefined || openStatus !== closedStatus) return undefined;
      const now = inner.world();
      const actor = now.users.find((u) => u.id === command.actorId);
      const channel = now.channels.find((c) => c.id === command.channelId);
      if (actor === undefined || channel === undefined) return undefined;
      // The other checks run first, as before; the extra one sits with HIST-0's.
      const earlier = checkStartMove({
        account: now.account,
        actor,
        channel,
        command,
        profile,
        channelCanStart: channel.location === 'inbox',
        workspaceCanStart: inner.observe().move === null,
      });
      if (earlier !== null) return undefined;
      const reason = `"all conversations" needs two different ticket statuses for open and closed conversations; both are "${openStatus}"`;
      return {
        intercept: { status: 'refused', ruleId: 'HIST-0', reason },
        events: [{ at: now.clock, type: 'command-refused', command: 'start-move', ruleId: 'HIST-0', reason }],
      };
    },
  });
};

export default factory;
