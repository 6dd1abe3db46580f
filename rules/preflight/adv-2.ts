import type { Advice } from '../../domain/index.ts';
import type { PlanFacts } from './plan-facts.ts';

/** ADV-2: no help desk SLAs configured; moved and new tickets would get no SLA due times. */
export function adviseSla(facts: PlanFacts): Advice | undefined {
  if (facts.world.account.sla !== null) return undefined;
  const tickets = facts.moving.length;
  return {
    ruleId: 'ADV-2',
    message: `No help desk SLAs are configured: the ${tickets} conversation(s) moved and every new ticket would have no SLA. Configure help desk SLAs before moving.`,
    figures: { slaPolicies: 0, ticketsWithoutSla: tickets },
    subjects: { channels: [facts.channel.id] },
  };
}
