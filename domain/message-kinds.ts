import type { ChannelKind } from './channel.ts';
import type { MessageKind } from './conversation.ts';

/**
 * The kind of a reply in a thread of a channel of this kind: a form thread goes on by email (the
 * form only opens it, HIST-8), every other channel carries its own kind of message.
 */
export function threadReplyKind(kind: ChannelKind): MessageKind {
  switch (kind) {
    case 'email':
    case 'form':
      return 'email';
    case 'chatflow':
      return 'chat';
    case 'calling':
      return 'call';
    case 'whatsapp-channel':
    case 'messenger-channel':
    case 'custom':
      return 'message';
  }
}

/**
 * The kind of the messages a channel of this kind receives itself: what opens a thread there (a
 * form's are submissions), and what the scenario format gives any message it leaves untyped.
 */
export function channelMessageKind(kind: ChannelKind): MessageKind {
  return kind === 'form' ? 'form-submission' : threadReplyKind(kind);
}
