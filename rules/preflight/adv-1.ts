import type { Advice } from '../../domain/index.ts';
import type { PlanFacts } from './plan-facts.ts';
import { MAX_LISTED } from './plan-facts.ts';

/**
 * ADV-1: users without help desk access, and how many tickets the move would create unassigned
 * because the conversation's owner lacks access (HIST-2c). Nothing when every user has access.
 */
export function adviseAccess(facts: PlanFacts): Advice | undefined {
  const without = facts.world.users.filter((user) => !user.helpDeskAccess);
  if (without.length === 0) return undefined;
  const unassigned = facts.needingTicket.filter((conv) => {
    const owner = conv.ownerId === null ? undefined : facts.usersById.get(conv.ownerId);
    return owner !== undefined && !owner.helpDeskAccess;
  });
  const names = without.slice(0, MAX_LISTED).map((user) => user.name);
  return {
    ruleId: 'ADV-1',
    message:
      `${without.length} user(s) have no help desk access (${names.join(', ')}${without.length > MAX_LISTED ? ', ...' : ''}); ` +
      `${unassigned.length} new ticket(s) would be left unassigned because their conversation's owner lacks access. ` +
      'Give every agent help desk access before moving.',
    figures: { usersWithoutAccess: without.length, ticketsUnassigned: unassigned.length },
    subjects: {
      users: without.map((user) => user.id),
      conversations: unassigned.slice(0, MAX_LISTED).map((conv) => conv.id),
      channels: [facts.channel.id],
    },
  };
}
