// The commands tests send most: a start-move of a fixture channel (the Super Admin, history "all",
// from the channel's own entry point), and the arrivals that follow.
import type { Command, Conversation, Message } from '../../domain/index.ts';
import { CHANNELS } from './fixtures.ts';

export type StartMove = Extract<Command, { type: 'start-move' }>;

/** History "all": New for open conversations, Closed for closed ones (both in the default pipeline). */
export const ALL = { kind: 'all', openStatus: 'New', closedStatus: 'Closed' } as const;

/**
 * A start-move of `channelId` by admin, history "all", from the chatflows list for a fixture
 * chatflow and the inbox settings otherwise; `extra` replaces any field.
 */
export function startMove(channelId = 'email-1', extra: Partial<StartMove> = {}): StartMove {
  const chatflow = CHANNELS.find((c) => c.id === channelId)?.kind === 'chatflow';
  return {
    type: 'start-move',
    actorId: 'admin',
    channelId,
    entryPoint: chatflow ? 'chatflows-list' : 'inbox-settings',
    history: ALL,
    ...extra,
  };
}

/** The same with history "none". */
export function startNone(channelId = 'email-1'): StartMove {
  return startMove(channelId, { history: { kind: 'none' } });
}

export const IDLE: Command = { type: 'run-until-idle' };

export function arrives(conversation: Conversation): Command {
  return { type: 'conversation-arrives', conversation };
}

export function replyArrives(conversationId: string, message: Message): Command {
  return { type: 'reply-arrives', conversationId, message };
}
