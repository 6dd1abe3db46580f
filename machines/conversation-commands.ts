import type { Command, CommandResult, Conversation } from '../domain/index.ts';
import { CONVERSATION_LIFECYCLE } from './system-core.ts';
import type { SystemCore } from './system-core.ts';

const ACCEPTED: CommandResult = { status: 'accepted' };

type Lifecycle = Extract<Command, { type: 'close-conversation' | 'reopen-conversation' }>;

/**
 * close-conversation / reopen-conversation: the `status` region of the conversation machine
 * decides. Closing a closed conversation (or reopening an open one) has no transition there: it is
 * accepted and changes nothing, like a redelivery — the agent's intent already holds, and INV-8
 * forbids answering `invalid` for IDs that exist. Tickets are not rewritten (docs/SEMANTICS.md).
 */
export function closeOrReopen(core: SystemCore, command: Lifecycle): CommandResult {
  const found = locate(core, command.type, command.conversationId);
  if ('status' in found) return found;
  const { position, conversation } = found;
  const event = command.type === 'close-conversation' ? 'CLOSE' : 'REOPEN';
  const next = CONVERSATION_LIFECYCLE.next('status', conversation.status, event);
  if (next === undefined || next === conversation.status) return ACCEPTED;
  if (next !== 'open' && next !== 'closed') throw new Error(`conversation status "${next}" is unknown`);
  core.move?.noteLifecycleChange(conversation);
  core.store.replaceConversation(position, { ...conversation, status: next });
  core.log.append(core.store.clock, {
    type: next === 'closed' ? 'conversation-closed' : 'conversation-reopened',
    conversationId: conversation.id,
  });
  return ACCEPTED;
}

/** reassign-conversation: a known user or null (unassigned); the same owner again changes nothing. */
export function reassign(
  core: SystemCore,
  command: Extract<Command, { type: 'reassign-conversation' }>,
): CommandResult {
  const found = locate(core, command.type, command.conversationId);
  if ('status' in found) return found;
  const { position, conversation } = found;
  const ownerId = command.ownerId;
  if (ownerId !== null && core.store.users.get(ownerId) === undefined) {
    return { status: 'invalid', reason: `${command.type}: unknown user "${ownerId}"` };
  }
  if (ownerId === conversation.ownerId) return ACCEPTED;
  core.move?.noteLifecycleChange(conversation);
  core.store.replaceConversation(position, { ...conversation, ownerId });
  core.log.append(core.store.clock, {
    type: 'conversation-reassigned',
    conversationId: conversation.id,
    fromOwnerId: conversation.ownerId,
    ownerId,
  });
  return ACCEPTED;
}

function locate(
  core: SystemCore,
  type: Command['type'],
  conversationId: string,
): CommandResult | { readonly position: number; readonly conversation: Conversation } {
  const position = core.store.conversations.indexOf(conversationId);
  const conversation = position === undefined ? undefined : core.store.conversations.at(position);
  if (position === undefined || conversation === undefined) {
    return { status: 'invalid', reason: `${type}: unknown conversation "${conversationId}"` };
  }
  return { position, conversation };
}
