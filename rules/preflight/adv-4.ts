import type { Advice } from '../../domain/index.ts';
import type { PlanFacts } from './plan-facts.ts';
import { expectedArrivals } from './adv-3.ts';

/**
 * ADV-4: with notifications on, each ticket the move creates notifies the team and each assigned
 * one its owner (MOVE-7). Expected: tickets to create (historical without a ticket, plus expected
 * arrivals) + assignments (created tickets whose owner has access). Nothing when notifications are off.
 */
export function adviseNotifications(facts: PlanFacts, conversationsPerMinute?: number): Advice | undefined {
  if (!facts.world.account.notificationsOn) return undefined;
  const { arrivals } = expectedArrivals(facts, conversationsPerMinute);
  const created = facts.needingTicket.length + arrivals;
  const assigned = facts.needingTicket.filter((conv) => {
    const owner = conv.ownerId === null ? undefined : facts.usersById.get(conv.ownerId);
    return owner?.helpDeskAccess === true;
  }).length;
  const total = created + assigned;
  if (total === 0) return undefined;
  return {
    ruleId: 'ADV-4',
    message:
      `The move would send about ${total} notification(s) (${created} ticket creation(s), ${assigned} assignment(s)). ` +
      'Turn notifications off for the move and back on afterwards (nothing is sent retroactively).',
    figures: { expectedNotifications: total, ticketsCreated: created, ticketsAssigned: assigned },
    subjects: { channels: [facts.channel.id] },
  };
}
