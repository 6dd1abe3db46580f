import type { Advice, HistoryChoice, World } from '../domain/index.ts';
import { adviseAccess } from './preflight/adv-1.ts';
import { adviseSla } from './preflight/adv-2.ts';
import { adviseLowVolume } from './preflight/adv-3.ts';
import { adviseNotifications } from './preflight/adv-4.ts';
import { adviseFormEmail } from './preflight/adv-5.ts';
import { planFacts } from './preflight/plan-facts.ts';

/** A move someone is about to start: which channel, which history, and optionally a known arrival rate. */
export interface MovePlan {
  readonly channelId: string;
  readonly history: HistoryChoice;
  readonly estimate?: { readonly conversationsPerMinute?: number };
}

/**
 * Pre-flight advice (ADV-1..5) for a planned move, with the figures behind each warning. Only the
 * warnings that apply are returned, in rule order; none for an unknown channel.
 * @example preflight(world, { channelId: 'email-1', history: { kind: 'none' } })
 */
export function preflight(world: World, plan: MovePlan): Advice[] {
  const facts = planFacts(world, plan.channelId, plan.history);
  if (facts === undefined) return [];
  const rate = plan.estimate?.conversationsPerMinute;
  return [
    adviseAccess(facts),
    adviseSla(facts),
    adviseLowVolume(facts, rate),
    adviseNotifications(facts, rate),
    adviseFormEmail(facts),
  ].filter((advice): advice is Advice => advice !== undefined);
}
