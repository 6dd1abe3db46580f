import type { FindingSubjects } from '../../domain/index.ts';
import { createdInStep } from '../_arrivals.ts';
import type { CommandIndex } from '../_commands.ts';
import { channelLocationAt, commandIndex, newTicketStatus } from '../_commands.ts';
import { eventAt } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * NEW-1, from the commands: every new conversation the harness delivered into a channel in help
 * desk (by ground truth: the world before, accepted start-moves and their completion), and every
 * conversation it changed into such a channel, ends in help desk with a ticket in help desk. A
 * ticket created for it in that step has the channel's kept default status when set (SET-1), else
 * the pipeline's first status. Cross-checks: an arrival is logged in help desk with exactly one
 * ticket created in the same step.
 */
export const new1 = defineChecker('NEW-1', (trace) => {
  const ci = commandIndex(trace);
  const found = new Findings('NEW-1');
  let checked = 0;
  for (const [conv, delivery] of ci.deliveries) {
    if (channelLocationAt(ci, delivery.channelId, delivery.step) !== 'help-desk') continue;
    checked += 1;
    judge(ci, found, conv, delivery.channelId, delivery.step, true);
  }
  for (const step of trace.steps) {
    const { command } = step;
    if (command.type !== 'change-channel' || step.result.status !== 'accepted') continue;
    if (channelLocationAt(ci, command.toChannelId, step.index) !== 'help-desk') continue;
    checked += 1;
    judge(ci, found, command.conversationId, command.toChannelId, step.index, false);
  }
  return found.verdict(
    checked,
    `${count(checked, 'new conversations')} arriving in or changed into moved channels got their ticket in help desk`,
    'no conversation arrived in, or was changed into, a channel already in help desk',
  );
});

function judge(
  ci: CommandIndex,
  found: Findings,
  conv: string,
  channelId: string,
  step: number,
  arrival: boolean,
): void {
  const { ix } = ci;
  const { trace } = ix;
  const subjects: FindingSubjects = { conversations: [conv], channels: [channelId], step };
  const how = arrival ? 'arrived' : 'changed into the channel';
  const after = ix.convsAfter.get(conv);
  const tickets = ix.ticketsAfterByConv.get(conv).filter((t) => t.location === 'help-desk');
  const created = createdInStep(ix, conv, step);
  if (after?.location !== 'help-desk') {
    found.add(
      `in help desk (${how})`,
      after === undefined ? 'missing' : `in the ${after.location}`,
      subjects,
    );
    return;
  }
  if (tickets.length === 0) {
    found.add(`a ticket in help desk associated with it (${how})`, 'none', subjects);
    return;
  }
  if (arrival) {
    const logged = ix.arrivedByConv.get(conv);
    const event = logged === undefined ? undefined : eventAt(trace, logged, 'conversation-arrived');
    if (event?.location !== 'help-desk') {
      found.add(
        'its arrival logged in help desk',
        event === undefined ? 'not logged' : `logged in the ${event.location}`,
        subjects,
      );
      return;
    }
    if (created.length !== 1) {
      found.add('one ticket created in the step it arrived', `${created.length} created`, subjects);
      return;
    }
  }
  const expected = newTicketStatus(trace, channelId);
  for (const t of created) {
    const event = eventAt(trace, t, 'ticket-created');
    if (event === undefined) continue;
    const ticket = ix.ticketsAfter.get(event.ticketId);
    const ticketSubjects = { ...subjects, tickets: [event.ticketId] };
    if (ticket === undefined || ticket.location !== 'help-desk' || ticket.conversationId !== conv) {
      found.add(
        'the created ticket in help desk, associated, in the world after',
        ticket === undefined ? 'missing' : `${ticket.location}, for ${ticket.conversationId}`,
        ticketSubjects,
      );
    } else if (event.status !== expected || ticket.status !== expected) {
      found.add(
        `status ${expected ?? '(none)'} (the channel's ticket-creation settings)`,
        `status ${ticket.status}`,
        ticketSubjects,
      );
    }
  }
}
