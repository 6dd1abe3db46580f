import type { Conversation, Message } from './conversation.ts';

/** The person starting a move chooses all conversations (with a status for open and closed ones) or none. */
export type HistoryChoice =
  | { readonly kind: 'none' }
  /** Statuses are optional here so that a request missing one can be expressed, and refused (HIST-0). */
  | { readonly kind: 'all'; readonly openStatus?: string; readonly closedStatus?: string };

/** Where a move is started from (ELIG-8). */
export type EntryPoint = 'inbox-settings' | 'chatflows-list';

/** Everything a scenario or an exploration can ask of a system under test. */
export type Command =
  | {
      readonly type: 'start-move';
      readonly actorId: string;
      readonly channelId: string;
      readonly entryPoint: EntryPoint;
      readonly history: HistoryChoice;
    }
  /** A new conversation arrives; its channelHistory's last entry is the channel it arrives in. */
  | { readonly type: 'conversation-arrives'; readonly conversation: Conversation }
  | { readonly type: 'reply-arrives'; readonly conversationId: string; readonly message: Message }
  | { readonly type: 'change-channel'; readonly conversationId: string; readonly toChannelId: string }
  | { readonly type: 'set-help-desk-access'; readonly userId: string; readonly access: boolean }
  | { readonly type: 'set-notifications'; readonly on: boolean }
  /** The simulated clock moves forward; a running move makes progress meanwhile. */
  | { readonly type: 'advance'; readonly ms: number }
  /** Advance the clock until no move runs (or maxMs has passed). */
  | { readonly type: 'run-until-idle'; readonly maxMs?: number }
  /** The user who started the move closes the progress page (MOVE-4). */
  | { readonly type: 'leave-progress-page'; readonly userId: string }
  | { readonly type: 'cancel-move'; readonly actorId: string; readonly channelId: string }
  | { readonly type: 'move-back'; readonly actorId: string; readonly channelId: string }
  | { readonly type: 'move-history-later'; readonly actorId: string; readonly channelId: string }
  | { readonly type: 'worker-crash' }
  | { readonly type: 'worker-restart' }
  /** An agent closes or reopens a conversation, in the inbox or in help desk (OPEN-9). */
  | { readonly type: 'close-conversation'; readonly conversationId: string }
  | { readonly type: 'reopen-conversation'; readonly conversationId: string }
  /** An agent gives the conversation another owner, or none (`null`) (OPEN-9). */
  | {
      readonly type: 'reassign-conversation';
      readonly conversationId: string;
      readonly ownerId: string | null;
    };

export type CommandType = Command['type'];

export const COMMAND_TYPES = [
  'start-move',
  'conversation-arrives',
  'reply-arrives',
  'change-channel',
  'set-help-desk-access',
  'set-notifications',
  'advance',
  'run-until-idle',
  'leave-progress-page',
  'cancel-move',
  'move-back',
  'move-history-later',
  'worker-crash',
  'worker-restart',
  'close-conversation',
  'reopen-conversation',
  'reassign-conversation',
] as const satisfies readonly CommandType[];
