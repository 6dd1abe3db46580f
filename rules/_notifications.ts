import type { Finding, NotificationReason, SystemEvent } from '../domain/index.ts';
import type { TraceIndex } from './trace-index.ts';
import { MAX_FINDINGS } from './verdict.ts';

/** Findings kept for reading, with the total count. */
export interface FindingTally {
  readonly kept: readonly Finding[];
  readonly count: number;
}

/** What one pass over the event log found about notifications (MOVE-7, OPEN-6). */
export interface NotificationAudit {
  readonly all: FindingTally;
  /** The findings about tickets after notifications were turned back on during a move (OPEN-6). */
  readonly afterTurnOn: FindingTally;
  /** Ticket creations/assignments during a move whose notification was judged. */
  readonly judged: number;
  /** Of those, the ones after notifications were turned back on during the move. */
  readonly judgedAfterTurnOn: number;
}

interface Expectation {
  readonly reason: NotificationReason;
  readonly ticketId: string;
  readonly recipient: string | null;
  readonly due: boolean;
  readonly afterTurnOn: boolean;
  readonly event: number;
  sent: number;
}

class Tally implements FindingTally {
  readonly kept: Finding[] = [];
  count = 0;
  add(finding: Finding): void {
    this.count += 1;
    if (this.kept.length < MAX_FINDINGS) this.kept.push(finding);
  }
}

const CACHE = new WeakMap<TraceIndex, NotificationAudit>();

/**
 * One pass over the log, unit of work by unit of work (a unit ends where the next conversation's
 * processing starts, or with the step). During a move each `ticket-created`, and each
 * `ticket-assigned` with an owner, is due exactly one notification in its unit iff notifications
 * are effectively on (on and, under OPEN-6 `off-until-complete`, not turned back on during this
 * move). Under `off-until-complete` the hold ends with the move: outside a move each ticket event
 * while notifications are on is due its notification (judged under OPEN-6). Any
 * notification must answer a ticket event of its own unit (never retroactive), and none goes out
 * while notifications are off.
 */
export function auditNotifications(ix: TraceIndex): NotificationAudit {
  const cached = CACHE.get(ix);
  if (cached !== undefined) return cached;
  const { trace } = ix;
  const holdBack = trace.options.policies['OPEN-6'] === 'off-until-complete';
  const all = new Tally();
  const afterTurnOn = new Tally();
  const report = (e: number, expected: string, actual: string, late: boolean) => {
    const event = trace.events[e];
    const id = event !== undefined && 'ticketId' in event ? event.ticketId : null;
    const finding = {
      expected,
      actual,
      subjects: { tickets: id === null ? [] : [id], step: ix.stepOfEvent[e] ?? -1 },
    };
    all.add(finding);
    if (late) afterTurnOn.add(finding);
  };
  let on = trace.before.account.notificationsOn;
  let running = 0;
  let turnedOnDuringMove = false;
  let judged = 0;
  let judgedAfterTurnOn = 0;
  let step = -2;
  let pending: Expectation[] = [];
  const closeUnit = () => {
    for (const e of pending) {
      if (e.due && e.sent === 0) report(e.event, `a ${e.reason} notification`, 'none', e.afterTurnOn);
    }
    pending = [];
  };
  for (let i = 0; i < trace.events.length; i += 1) {
    const event = trace.events[i] as SystemEvent;
    const s = ix.stepOfEvent[i] ?? -1;
    if (s !== step || event.type === 'conversation-moved' || event.type === 'conversation-arrived') {
      if (pending.length > 0) closeUnit();
      step = s;
    }
    const effective = on && !(holdBack && turnedOnDuringMove);
    if (event.type === 'move-started') running += 1;
    else if (event.type === 'move-completed') {
      running = Math.max(0, running - 1);
      if (running === 0) turnedOnDuringMove = false;
    } else if (event.type === 'notifications-changed') {
      if (event.on && !on && running > 0) turnedOnDuringMove = true;
      on = event.on;
    } else if (
      event.type === 'ticket-created' ||
      (event.type === 'ticket-assigned' && event.ownerId !== null)
    ) {
      const inMove = running > 0;
      // Under `off-until-complete`, outside a move nothing is held back (OPEN-6 holds notifications
      // only while a move runs): a ticket event while they are on is due its notification.
      const released = !inMove && holdBack;
      if (inMove) {
        judged += 1;
        if (turnedOnDuringMove) judgedAfterTurnOn += 1;
      } else if (released) judgedAfterTurnOn += 1;
      pending.push({
        reason: event.type,
        ticketId: event.ticketId,
        recipient: event.type === 'ticket-created' ? null : event.ownerId,
        due: (inMove || released) && effective,
        afterTurnOn: turnedOnDuringMove || released,
        event: i,
        sent: 0,
      });
    } else if (event.type === 'notification-sent') {
      const match = pending.find(
        (e) =>
          e.reason === event.reason && e.ticketId === event.ticketId && e.recipient === event.recipientId,
      );
      const what = `${event.reason} notification to ${event.recipientId ?? 'the team'}`;
      if (!effective) {
        const why = on ? 'held back until the move completes, OPEN-6' : 'notifications off';
        report(i, `no notification (${why})`, `a ${what}`, turnedOnDuringMove);
      } else if (match === undefined) {
        report(i, 'notifications only for a ticket event of the same unit of work', `a ${what}`, false);
      } else if ((match.sent += 1) > 1) {
        report(i, 'one notification', `a duplicate ${what}`, match.afterTurnOn);
      }
    }
  }
  closeUnit();
  const audit = { all, afterTurnOn, judged, judgedAfterTurnOn };
  CACHE.set(ix, audit);
  return audit;
}
