import type { CommandType } from './commands.ts';
import type { RuleId } from './rule-ids.ts';
import type { SimTime } from './time.ts';

export type BannerPlace = 'inbox-settings' | 'inbox';
export type NotificationReason = 'ticket-created' | 'ticket-assigned';

/** One entry of a system's append-only event log. `seq` counts from 0 without gaps. */
export type SystemEvent = { readonly seq: number; readonly at: SimTime } & EventBody;

export type EventBody =
  | {
      readonly type: 'move-started';
      readonly channelId: string;
      readonly actorId: string;
      readonly history: 'all' | 'none';
    }
  | {
      readonly type: 'move-completed';
      readonly channelId: string;
      readonly conversationsMoved: number;
      readonly messagesMoved: number;
    }
  | {
      readonly type: 'conversation-arrived';
      readonly conversationId: string;
      readonly channelId: string;
      readonly location: 'inbox' | 'help-desk';
    }
  | { readonly type: 'conversation-moved'; readonly conversationId: string; readonly channelId: string }
  | {
      readonly type: 'reply-added';
      readonly conversationId: string;
      readonly messageId: string;
      readonly location: 'inbox' | 'help-desk';
      readonly ticketId: string | null;
    }
  | {
      readonly type: 'channel-changed';
      readonly conversationId: string;
      readonly fromChannelId: string;
      readonly toChannelId: string;
    }
  | {
      readonly type: 'ticket-created';
      readonly ticketId: string;
      readonly conversationId: string;
      readonly status: string;
      readonly ownerId: string | null;
      readonly createdAt: SimTime;
    }
  | { readonly type: 'ticket-moved'; readonly ticketId: string; readonly conversationId: string }
  | { readonly type: 'ticket-assigned'; readonly ticketId: string; readonly ownerId: string | null }
  | {
      readonly type: 'notification-sent';
      readonly reason: NotificationReason;
      readonly ticketId: string;
      readonly recipientId: string | null;
    }
  | { readonly type: 'banner-shown'; readonly channelId: string; readonly places: readonly BannerPlace[] }
  | { readonly type: 'banner-hidden'; readonly channelId: string }
  | { readonly type: 'notifications-changed'; readonly on: boolean }
  | { readonly type: 'access-changed'; readonly userId: string; readonly access: boolean }
  | { readonly type: 'progress-page-left'; readonly userId: string }
  /** A lifecycle command changed the conversation (tickets are not rewritten: SEMANTICS.md). */
  | { readonly type: 'conversation-closed'; readonly conversationId: string }
  | { readonly type: 'conversation-reopened'; readonly conversationId: string }
  | {
      readonly type: 'conversation-reassigned';
      readonly conversationId: string;
      readonly fromOwnerId: string | null;
      readonly ownerId: string | null;
    }
  | { readonly type: 'worker-crashed' }
  | { readonly type: 'worker-restarted' }
  /** A refusal is logged once, and nothing else happens (INV-6). */
  | {
      readonly type: 'command-refused';
      readonly command: CommandType;
      readonly ruleId: RuleId;
      readonly reason: string;
    };

export type EventType = EventBody['type'];
