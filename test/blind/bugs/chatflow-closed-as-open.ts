/**
 * BUG: when a CHATFLOW is moved with "all conversations", closed chats get the status chosen for
 * OPEN conversations. Chat threads carry their own state field (`chatStatus: 'ended'`), not the
 * `closed` the email/form mapper looks for, so the mapper's `=== 'closed'` test never matches.
 *
 * How it ships: the status mapper was written for email and form threads when only those could be
 * moved (29 Jan 2024 article); chatflows were added later and reuse it. The chatflow move test uses
 * open chats only.
 *
 * Breaks: HIST-2b (the new ticket's status is the one chosen for open conversations, or for closed
 * ones, after the conversation's state).
 *
 * Shows when: a chatflow (website live chat or bot) is moved with history `all`, it has a closed
 * conversation without a ticket, and the chosen open and closed statuses differ. Email and form
 * moves are right.
 */
import type { Command, SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:chatflow-closed-as-open';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  return wrapSystem(NAME, inner, {
    before(command: Command) {
      if (command.type !== 'start-move' || command.history.kind !== 'all') return undefined;
      const now = inner.world();
      const channel = now.channels.find((c) => c.id === command.channelId);
      if (channel?.kind !== 'chatflow') return undefined;
      const { openStatus, closedStatus } = command.history;
      const statuses = now.account.pipeline.statuses;
      // Validation (HIST-0) sees the request as sent; only the mapping handed to the job is wrong.
      if (openStatus === undefined || closedStatus === undefined) return undefined;
      if (!statuses.includes(openStatus) || !statuses.includes(closedStatus)) return undefined;
      return { ...command, history: { kind: 'all', openStatus, closedStatus: openStatus } };
    },
  });
};

export default factory;
