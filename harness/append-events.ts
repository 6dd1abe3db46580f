import type { SystemEvent } from '../domain/index.ts';

/**
 * `log` followed by `fresh`, which the caller hands over (a checked copy, a parsed answer). A big
 * batch (a move's 2.4M events at 1M conversations) is joined with one exact-size copy, or taken as
 * it is into an empty log: pushing it event by event grew the log in steps and left ~40 MB of
 * outgrown copies for the collector, and `log.push(...fresh)` overflowed the stack past ~125k
 * events. Small batches are pushed (a copy per step would make a long script quadratic).
 */
export function appendEvents(log: SystemEvent[], fresh: SystemEvent[]): SystemEvent[] {
  if (log.length === 0) return fresh;
  if (fresh.length >= log.length) return log.concat(fresh);
  for (const event of fresh) log.push(event);
  return log;
}
