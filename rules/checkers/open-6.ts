import { auditNotifications } from '../_notifications.ts';
import { traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * OPEN-6: after notifications are turned back on during a move, tickets notify from then on
 * (`resume`) or not until the move completes (`off-until-complete`).
 */
export const open6 = defineChecker('OPEN-6', (trace) => {
  const audit = auditNotifications(traceIndex(trace));
  const found = new Findings('OPEN-6');
  found.absorb(audit.afterTurnOn);
  const policy = trace.options.policies['OPEN-6'];
  return found.verdict(
    audit.judgedAfterTurnOn,
    `${count(audit.judgedAfterTurnOn, 'ticket events')} after notifications came back on mid-move followed "${policy}"`,
    'notifications were never turned back on while a move ran (with tickets after)',
  );
});
