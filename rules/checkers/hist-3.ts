import type { CommandIndex } from '../_commands.ts';
import {
  changedBetween,
  channelLocationAt,
  commandIndex,
  conversationChannelAt,
  conversationExistsAt,
} from '../_commands.ts';
import { inHelpDeskAt } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * Whether a conversation is in help desk just before step `step`, by the rules (from the commands):
 * it was there in the world before; it arrived in, or was changed into, a channel in help desk
 * (NEW-1); it arrived during a move that has completed (MOVE-2); its channel was moved with "all
 * conversations" by a move that has completed, and the harness did not change its channel meanwhile
 * (HIST-9); or, with OPEN-2 `moves`, its channel is in help desk (the reply moves it).
 */
function mustBeInHelpDesk(ci: CommandIndex, conv: string, step: number): boolean {
  const { ix } = ci;
  if (ix.convsBefore.get(conv)?.location === 'help-desk') return true;
  const delivery = ci.deliveries.get(conv);
  if (delivery !== undefined && delivery.step < step) {
    const at = channelLocationAt(ci, delivery.channelId, delivery.step);
    if (at === 'help-desk') return true;
    const done =
      at === 'moving'
        ? ci.moves.find(
            (m) =>
              m.channelId === delivery.channelId &&
              m.startStep < delivery.step &&
              m.completeStep !== null &&
              m.completeStep < step,
          )
        : undefined;
    if (done?.completeStep != null && !changedBetween(ci, conv, delivery.step, done.completeStep))
      return true;
  }
  for (const [s, to] of ci.changes.get(conv) ?? []) {
    if (s < step && channelLocationAt(ci, to, s) === 'help-desk') return true;
  }
  const channel = conversationChannelAt(ci, conv, step);
  if (channel === undefined) return false;
  for (const move of ci.movesByChannel.get(channel) ?? []) {
    if (move.history.kind !== 'all' || move.completeStep === null || move.completeStep >= step) continue;
    const there = conversationChannelAt(ci, conv, move.startStep) === channel;
    if (there && !changedBetween(ci, conv, move.startStep, move.completeStep)) return true;
  }
  return (
    ix.trace.options.policies['OPEN-2'] === 'moves' && channelLocationAt(ci, channel, step) === 'help-desk'
  );
}

/**
 * HIST-3, from the commands: every reply the harness sent (`reply-arrives`, a new message ID) to a
 * conversation that is in help desk — by the rules (mustBeInHelpDesk), or because the system had
 * moved it there already — ends on the conversation's ticket in help desk: the message is in the
 * conversation in the world after, which is in help desk with a ticket in help desk. Cross-check:
 * the reply is logged in help desk, on one of those tickets.
 */
export const hist3 = defineChecker('HIST-3', (trace) => {
  const ci = commandIndex(trace);
  const { ix } = ci;
  const found = new Findings('HIST-3');
  const seen = new Set<string>();
  let checked = 0;
  for (const step of trace.steps) {
    const { command } = step;
    if (command.type !== 'reply-arrives' || step.result.status !== 'accepted') continue;
    const conv = command.conversationId;
    const messageId = command.message.id;
    // A message ID already present is idempotent (SEMANTICS.md, reply-arrives).
    const key = `${conv}\u0000${messageId}`;
    const old = ix.convsBefore.get(conv)?.messages.some((m) => m.id === messageId) === true;
    if (seen.has(key) || old || !conversationExistsAt(ci, conv, step.index)) continue;
    seen.add(key);
    const previousWorld = trace.steps[step.index - 1]?.world;
    const shown =
      previousWorld?.conversations.find((c) => c.id === conv)?.location === 'help-desk' ||
      inHelpDeskAt(ix, conv, step.eventsFrom);
    if (!shown && !mustBeInHelpDesk(ci, conv, step.index)) continue;
    checked += 1;
    const subjects = { conversations: [conv], step: step.index };
    const after = ix.convsAfter.get(conv);
    const tickets = ix.ticketsAfterByConv.get(conv).filter((t) => t.location === 'help-desk');
    const reply = trace.events
      .slice(step.eventsFrom, step.eventsTo)
      .find((e) => e.type === 'reply-added' && e.conversationId === conv && e.messageId === messageId);
    const where = `in help desk on ticket ${tickets.map((t) => t.id).join(' or ') || '(none)'}`;
    if (after === undefined || !after.messages.some((m) => m.id === messageId)) {
      found.add(`message ${messageId} in the conversation in the world after`, 'missing', subjects);
    } else if (after.location !== 'help-desk' || tickets.length === 0) {
      found.add(
        'the conversation in help desk with a ticket there',
        `${after.location}, ${count(tickets.length, 'help desk tickets')}`,
        subjects,
      );
    } else if (reply?.type !== 'reply-added') {
      found.add(`reply-added logged ${where}`, 'not logged', subjects);
    } else if (reply.location !== 'help-desk' || !tickets.some((t) => t.id === reply.ticketId)) {
      found.add(`logged ${where}`, `${reply.location}, ticket ${reply.ticketId ?? 'none'}`, subjects);
    }
  }
  return found.verdict(
    checked,
    `${count(checked, 'replies')} to help desk conversations appeared on their ticket`,
    'no reply arrived for a conversation in help desk',
  );
});
