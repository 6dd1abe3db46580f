import {
  formatSimTime,
  type ExpectationResult,
  type Ticket,
  type Trace,
  type Verdict,
} from '../domain/index.ts';
import { describeCommand, describeResult } from '../reports/text/describe.ts';
import type { CountKey, Expectation } from './scenario.ts';

const COUNT_LABELS: Readonly<Record<CountKey, string>> = {
  conversationsInHelpDesk: 'conversations in help desk',
  conversationsInInbox: 'conversations in the inbox',
  ticketsInHelpDesk: 'tickets in help desk',
  ticketsCreated: 'tickets created (ticket-created events)',
  ticketsMoved: 'tickets moved (ticket-moved events)',
  conversationsMoved: 'conversations moved (conversation-moved events)',
  notificationsSent: 'notifications sent',
  refusals: 'refused commands',
};

/** Whether each expectation holds on the trace, with what was expected and what happened. */
export function checkExpectations(
  expectations: readonly Expectation[],
  trace: Trace,
  verdicts: readonly Verdict[],
): ExpectationResult[] {
  return expectations.map((expectation) => checkOne(expectation, trace, verdicts));
}

function checkOne(e: Expectation, trace: Trace, verdicts: readonly Verdict[]): ExpectationResult {
  const result = (description: string, expected: string, actual: string): ExpectationResult => ({
    description,
    ok: expected === actual,
    expected,
    actual,
  });
  switch (e.kind) {
    case 'step': {
      const step = trace.steps[e.step - 1];
      const label = `step ${e.step}${step === undefined ? '' : ` (${describeCommand(step.command)})`}`;
      const expected = e.ruleId === undefined ? e.status : `${e.status} (${e.ruleId})`;
      if (step === undefined) return result(label, expected, 'the step was not played');
      const r = step.result;
      const actual = r.status === 'refused' ? `refused (${r.ruleId})` : r.status;
      return {
        description: `${label} is ${expected}`,
        ok: actual === expected,
        expected,
        actual: actual === expected ? actual : describeResult(r),
      };
    }
    case 'count':
      return result(COUNT_LABELS[e.key], String(e.value), String(count(e.key, trace)));
    case 'conversation': {
      const c = trace.after.conversations.find((conversation) => conversation.id === e.id);
      const tickets = trace.after.tickets.filter((ticket) => ticket.conversationId === e.id).length;
      const fields = (actual: boolean): string =>
        [
          e.location === undefined ? null : `location ${actual ? c?.location : e.location}`,
          e.channel === undefined
            ? null
            : `channel ${actual ? c?.channelHistory[c.channelHistory.length - 1] : e.channel}`,
          e.tickets === undefined ? null : `${actual ? tickets : e.tickets} ticket(s)`,
          e.messages === undefined ? null : `${actual ? c?.messages.length : e.messages} message(s)`,
        ]
          .filter((part) => part !== null)
          .join(', ');
      return result(
        `conversation ${e.id}`,
        fields(false),
        c === undefined ? 'no such conversation' : fields(true),
      );
    }
    case 'ticket': {
      const found = findTicket(e, trace);
      const label = e.id === undefined ? `the ticket of conversation ${e.of ?? '?'}` : `ticket ${e.id}`;
      const fields = (t: TicketFields): string =>
        [
          e.status === undefined ? null : `status ${t.status}`,
          e.ownerId === undefined ? null : `owner ${t.ownerId ?? 'none'}`,
          e.createdAt === undefined
            ? null
            : `created ${t.createdAt === undefined ? '?' : formatSimTime(t.createdAt)}`,
          e.location === undefined ? null : `in ${t.location}`,
          e.sla === undefined ? null : t.hasSla === true ? 'with SLA' : 'without SLA',
        ]
          .filter((part) => part !== null)
          .join(', ');
      const expected = fields({ ...e, hasSla: e.sla === true });
      if (typeof found === 'string') return result(label, expected, found);
      return result(label, expected, fields({ ...found, hasSla: found.sla !== null }));
    }
    case 'channel': {
      const location =
        trace.steps[trace.steps.length - 1]?.observation.channelLocations[e.id] ??
        trace.initial.channelLocations[e.id];
      const inWorld = trace.after.channels.find((channel) => channel.id === e.id)?.location;
      return result(`channel ${e.id}`, `in ${e.location}`, `in ${inWorld ?? location ?? 'nowhere'}`);
    }
    case 'verdict': {
      const verdict = verdicts.find((v) => v.ruleId === e.ruleId);
      return result(`verdict of ${e.ruleId}`, e.status, verdict?.status ?? 'no verdict');
    }
  }
}

type TicketFields = Partial<Pick<Ticket, 'status' | 'ownerId' | 'createdAt' | 'location'>> & {
  readonly hasSla: boolean;
};

function findTicket(e: Extract<Expectation, { kind: 'ticket' }>, trace: Trace): Ticket | string {
  if (e.id !== undefined) return trace.after.tickets.find((ticket) => ticket.id === e.id) ?? 'no such ticket';
  const tickets = trace.after.tickets.filter((ticket) => ticket.conversationId === e.of);
  const only = tickets[0];
  if (only === undefined) return 'no ticket';
  return tickets.length === 1 ? only : `${tickets.length} tickets (${tickets.map((t) => t.id).join(', ')})`;
}

function count(key: CountKey, trace: Trace): number {
  const events = (type: string): number => trace.events.filter((event) => event.type === type).length;
  switch (key) {
    case 'conversationsInHelpDesk':
      return trace.after.conversations.filter((c) => c.location === 'help-desk').length;
    case 'conversationsInInbox':
      return trace.after.conversations.filter((c) => c.location === 'inbox').length;
    case 'ticketsInHelpDesk':
      return trace.after.tickets.filter((t) => t.location === 'help-desk').length;
    case 'ticketsCreated':
      return events('ticket-created');
    case 'ticketsMoved':
      return events('ticket-moved');
    case 'conversationsMoved':
      return events('conversation-moved');
    case 'notificationsSent':
      return events('notification-sent');
    case 'refusals':
      return trace.steps.filter((step) => step.result.status === 'refused').length;
  }
}
