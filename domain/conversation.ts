import type { SimTime } from './time.ts';

/** Every kind of message, and every author of one: the schemas and the message columns read these. */
export const MESSAGE_KINDS = ['email', 'form-submission', 'chat', 'call', 'message'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
export const MESSAGE_AUTHORS = ['contact', 'agent'] as const;

export interface Message {
  readonly id: string;
  readonly at: SimTime;
  /** The channel the message came through (a form submission, then emails, for HIST-8). */
  readonly channelId: string;
  readonly kind: MessageKind;
  readonly author: (typeof MESSAGE_AUTHORS)[number];
  readonly body: string;
}

export type ConversationStatus = 'open' | 'closed';

export interface Conversation {
  readonly id: string;
  readonly subject: string;
  readonly contactName: string;
  readonly contactEmail: string;
  /** Every channel the conversation has been in, oldest first; the last one is current (HIST-7). */
  readonly channelHistory: readonly string[];
  readonly startedAt: SimTime;
  readonly status: ConversationStatus;
  readonly ownerId: string | null;
  /** In time order (INV-2). */
  readonly messages: readonly Message[];
  readonly location: 'inbox' | 'help-desk';
}

/** The channel a conversation belongs to now: the most recent of its history (HIST-7). */
export function currentChannelId(conversation: Pick<Conversation, 'channelHistory'>): string {
  const last = conversation.channelHistory[conversation.channelHistory.length - 1];
  if (last === undefined) throw new Error(`conversation has an empty channelHistory`);
  return last;
}
