import { currentChannelId } from '../domain/index.ts';
import type { Command, CommandResult, Conversation } from '../domain/index.ts';
import type { SystemCore } from './system-core.ts';

const ACCEPTED: CommandResult = { status: 'accepted' };

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

/** conversation-arrives: lands by its channel's location; a moving channel's move picks it up (MOVE-2). */
export function conversationArrives(core: SystemCore, command: Of<'conversation-arrives'>): CommandResult {
  const { store } = core;
  const incoming = command.conversation;
  // The same delivery twice changes nothing.
  if (store.conversations.indexOf(incoming.id) !== undefined) return ACCEPTED;
  const channelId = incoming.channelHistory[incoming.channelHistory.length - 1];
  const channel = channelId === undefined ? undefined : store.channels.get(channelId);
  if (channelId === undefined || channel === undefined) {
    return {
      status: 'invalid',
      reason: `conversation-arrives: ${incoming.id} names no known current channel`,
    };
  }
  const location: Conversation['location'] = channel.location === 'help-desk' ? 'help-desk' : 'inbox';
  const conversation: Conversation = incoming.location === location ? incoming : { ...incoming, location };
  const at = store.clock;
  store.addConversation(conversation);
  core.log.append(at, { type: 'conversation-arrived', conversationId: conversation.id, channelId, location });
  if (location === 'help-desk' && !store.hasTickets(conversation.id)) {
    // NEW-1, NEW-2: a ticket with the pipeline's first status, an owner with access, SLAs.
    const terms = core.helpDeskTerms(channelId);
    core.mover.createTicket(conversation, at, terms.openStatus, conversation.startedAt, terms.hasAccess);
  } else if (channel.location === 'moving' && core.move?.channelId === channelId) {
    core.move.enqueue(conversation.id, true, at);
  }
  return ACCEPTED;
}

/** reply-arrives: appended to the conversation, on its ticket in help desk (HIST-3); OPEN-2 for "none". */
export function replyArrives(core: SystemCore, command: Of<'reply-arrives'>): CommandResult {
  const { store } = core;
  const position = store.conversations.indexOf(command.conversationId);
  const before = position === undefined ? undefined : store.conversations.at(position);
  if (position === undefined || before === undefined) {
    return { status: 'invalid', reason: `reply-arrives: unknown conversation "${command.conversationId}"` };
  }
  const message = command.message;
  if (before.messages.some((existing) => existing.id === message.id)) return ACCEPTED;
  const channelId = currentChannelId(before);
  const at = store.clock;
  if (
    before.location === 'inbox' &&
    store.channels.get(channelId)?.location === 'help-desk' &&
    core.options.policies['OPEN-2'] === 'moves'
  ) {
    core.mover.move(position, at, core.helpDeskTerms(channelId));
  }
  const conversation = store.conversations.at(position) ?? before;
  store.replaceConversation(position, { ...conversation, messages: [...conversation.messages, message] });
  const ticketId = conversation.location === 'help-desk' ? helpDeskTicketOf(core, conversation.id) : null;
  core.log.append(at, {
    type: 'reply-added',
    conversationId: conversation.id,
    messageId: message.id,
    location: conversation.location,
    ticketId,
  });
  return ACCEPTED;
}

/** change-channel: appends to channelHistory; into a help desk channel the conversation is moved; OPEN-3. */
export function changeChannel(core: SystemCore, command: Of<'change-channel'>): CommandResult {
  const { store } = core;
  const position = store.conversations.indexOf(command.conversationId);
  const conversation = position === undefined ? undefined : store.conversations.at(position);
  const channel = store.channels.get(command.toChannelId);
  if (position === undefined || conversation === undefined) {
    return { status: 'invalid', reason: `change-channel: unknown conversation "${command.conversationId}"` };
  }
  if (channel === undefined) {
    return { status: 'invalid', reason: `change-channel: unknown channel "${command.toChannelId}"` };
  }
  const at = store.clock;
  const fromChannelId = currentChannelId(conversation);
  store.replaceConversation(position, {
    ...conversation,
    channelHistory: [...conversation.channelHistory, channel.id],
  });
  core.log.append(at, {
    type: 'channel-changed',
    conversationId: conversation.id,
    fromChannelId,
    toChannelId: channel.id,
  });
  if (conversation.location !== 'inbox') return ACCEPTED;
  if (channel.location === 'help-desk') {
    core.mover.move(position, at, core.helpDeskTerms(channel.id));
  } else if (core.move?.channelId === channel.id && core.move.takesChangedIn()) {
    core.move.enqueue(conversation.id, false, at);
  }
  return ACCEPTED;
}

/** The conversation's ticket in help desk (the latest one when several moved). */
function helpDeskTicketOf(core: SystemCore, conversationId: string): string | null {
  let found: string | null = null;
  for (const position of core.store.ticketPositions(conversationId)) {
    const ticket = core.store.tickets.at(position);
    if (ticket?.location === 'help-desk') found = ticket.id;
  }
  return found;
}
