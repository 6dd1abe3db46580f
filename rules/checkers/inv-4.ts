import type { Trace } from '../../domain/index.ts';
import { currentChannelId } from '../../domain/index.ts';
import { withScriptLifecycle } from '../_lifecycle-expected.ts';
import { conversationChanges, keepsMessages, ticketChanges } from '../_same.ts';
import { traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';
import { sameJson } from '../canonical.ts';

/** Conversations a command names (a reply, a channel change): those may change for their own reason. */
function targeted(trace: Trace): Set<string> {
  const ids = new Set<string>();
  for (const { command } of trace.steps) {
    if (command.type === 'reply-arrives' || command.type === 'change-channel')
      ids.add(command.conversationId);
  }
  return ids;
}

/**
 * INV-4: channels no move started on keep their location and settings; their conversations
 * (current channel before) that no command named are unchanged after, and so are their tickets.
 */
export const inv4 = defineChecker('INV-4', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('INV-4');
  const moved = new Set(ix.moves.map((move) => move.channelId));
  for (const channel of trace.before.channels) {
    if (moved.has(channel.id)) continue;
    const after = ix.channelsAfter.get(channel.id);
    const same =
      after !== undefined &&
      after.location === channel.location &&
      sameJson(after.settings, channel.settings);
    if (!same) found.add('location and settings unchanged', 'changed', { channels: [channel.id] });
  }
  const named = targeted(trace);
  let checked = 0;
  for (const before of trace.before.conversations) {
    const channel = currentChannelId(before);
    if (moved.has(channel) || named.has(before.id)) continue;
    checked += 1;
    const after = ix.convsAfter.get(before.id);
    // Closing, reopening or reassigning it is the script's doing, not the move's (OPEN-9).
    const expected = withScriptLifecycle(ix, before);
    const changed = after === undefined ? ['missing'] : [...conversationChanges(expected, after)];
    if (
      after !== undefined &&
      (after.messages.length !== before.messages.length || !keepsMessages(before, after))
    ) {
      changed.push('messages');
    }
    for (const ticket of ix.ticketsBeforeByConv.get(before.id)) {
      const later = ix.ticketsAfter.get(ticket.id);
      if (later === undefined || ticketChanges(ticket, later).length > 0) changed.push(`ticket ${ticket.id}`);
    }
    if (changed.length > 0) {
      found.add('untouched', `changed: ${changed.join(', ')}`, {
        conversations: [before.id],
        channels: [channel],
      });
    }
  }
  return found.verdict(
    checked,
    `${count(checked, 'conversations')} of channels not moved are untouched`,
    'every conversation belongs to a moved channel or was named by a command',
  );
});
