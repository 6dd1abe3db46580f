import { auditNotifications } from '../_notifications.ts';
import { traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * MOVE-7: during a move each ticket creation and assignment notifies exactly when notifications
 * are on (OPEN-6-aware); nothing is sent while they are off, nor retroactively for earlier tickets.
 */
export const move7 = defineChecker('MOVE-7', (trace) => {
  const audit = auditNotifications(traceIndex(trace));
  const found = new Findings('MOVE-7');
  found.absorb(audit.all);
  return found.verdict(
    audit.judged,
    `${count(audit.judged, 'ticket creations and assignments')} during moves notified as the setting said`,
    'no ticket was created or assigned during a move',
  );
});
