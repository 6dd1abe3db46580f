import { formatSimTime, type Command, type CommandResult, type SystemEvent } from '../../domain/index.ts';

/** A command in words, for timelines and expectation messages. */
export function describeCommand(command: Command): string {
  switch (command.type) {
    case 'start-move': {
      const h = command.history;
      const history =
        h.kind === 'none'
          ? 'history: none'
          : `history: all, open → ${h.openStatus ?? '(missing)'}, closed → ${h.closedStatus ?? '(missing)'}`;
      return `${command.actorId} starts moving ${command.channelId} from ${command.entryPoint} (${history})`;
    }
    case 'conversation-arrives':
      return `conversation ${command.conversation.id} arrives in ${command.conversation.channelHistory.join(' → ')}`;
    case 'reply-arrives':
      return `reply ${command.message.id} arrives on ${command.conversationId}`;
    case 'change-channel':
      return `conversation ${command.conversationId} changes to channel ${command.toChannelId}`;
    case 'set-help-desk-access':
      return `${command.userId} ${command.access ? 'gets' : 'loses'} help desk access`;
    case 'set-notifications':
      return `notifications turned ${command.on ? 'on' : 'off'}`;
    case 'advance':
      return `clock advances ${formatDuration(command.ms)}`;
    case 'run-until-idle':
      return `run until no move runs${command.maxMs === undefined ? '' : ` (at most ${formatDuration(command.maxMs)})`}`;
    case 'leave-progress-page':
      return `${command.userId} leaves the progress page`;
    case 'cancel-move':
      return `${command.actorId} tries to cancel the move of ${command.channelId}`;
    case 'move-back':
      return `${command.actorId} tries to move ${command.channelId} back to the inbox`;
    case 'move-history-later':
      return `${command.actorId} tries to move the history of ${command.channelId} later`;
    case 'worker-crash':
      return 'the move worker crashes';
    case 'worker-restart':
      return 'the move worker restarts';
    case 'close-conversation':
      return `conversation ${command.conversationId} is closed`;
    case 'reopen-conversation':
      return `conversation ${command.conversationId} is reopened`;
    case 'reassign-conversation':
      return `conversation ${command.conversationId} is ${command.ownerId === null ? 'unassigned' : `reassigned to ${command.ownerId}`}`;
  }
}

/** A command's result in words. */
export function describeResult(result: CommandResult): string {
  switch (result.status) {
    case 'accepted':
      return 'accepted';
    case 'refused':
      return `refused (${result.ruleId}): ${result.reason}`;
    case 'invalid':
      return `invalid: ${result.reason}`;
  }
}

/** An event in words. */
export function describeEvent(event: SystemEvent): string {
  switch (event.type) {
    case 'move-started':
      return `move of ${event.channelId} started by ${event.actorId} (history: ${event.history})`;
    case 'move-completed':
      return `move of ${event.channelId} completed: ${event.conversationsMoved} conversations, ${event.messagesMoved} messages`;
    case 'conversation-arrived':
      return `conversation ${event.conversationId} arrived in ${event.channelId}, landed in ${event.location}`;
    case 'conversation-moved':
      return `conversation ${event.conversationId} moved to help desk`;
    case 'reply-added':
      return `reply ${event.messageId} added to ${event.conversationId} in ${event.location}${event.ticketId === null ? '' : ` (ticket ${event.ticketId})`}`;
    case 'channel-changed':
      return `conversation ${event.conversationId} changed from ${event.fromChannelId} to ${event.toChannelId}`;
    case 'ticket-created':
      return `ticket ${event.ticketId} created for ${event.conversationId}: ${event.status}, owner ${event.ownerId ?? 'none'}, created ${formatSimTime(event.createdAt)}`;
    case 'ticket-moved':
      return `ticket ${event.ticketId} of ${event.conversationId} moved to help desk`;
    case 'ticket-assigned':
      return `ticket ${event.ticketId} ${event.ownerId === null ? 'unassigned' : `assigned to ${event.ownerId}`}`;
    case 'notification-sent':
      return `notification (${event.reason}) for ${event.ticketId} to ${event.recipientId ?? 'the team'}`;
    case 'banner-shown':
      return `banner shown for ${event.channelId} in ${event.places.join(' and ')}`;
    case 'banner-hidden':
      return `banner for ${event.channelId} hidden`;
    case 'notifications-changed':
      return `notifications ${event.on ? 'on' : 'off'}`;
    case 'access-changed':
      return `${event.userId} ${event.access ? 'has' : 'no longer has'} help desk access`;
    case 'progress-page-left':
      return `${event.userId} left the progress page`;
    case 'worker-crashed':
      return 'move worker crashed';
    case 'worker-restarted':
      return 'move worker restarted';
    case 'conversation-closed':
      return `conversation ${event.conversationId} closed`;
    case 'conversation-reopened':
      return `conversation ${event.conversationId} reopened`;
    case 'conversation-reassigned':
      return `conversation ${event.conversationId} reassigned from ${event.fromOwnerId ?? 'nobody'} to ${event.ownerId ?? 'nobody'}`;
    case 'command-refused':
      return `${event.command} refused by ${event.ruleId}: ${event.reason}`;
  }
}

/** `1h 30m`, `45s`, `2d 3h`. */
export function formatDuration(ms: number): string {
  const parts: string[] = [];
  let rest = Math.round(ms);
  for (const [unit, size] of [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1_000],
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  if (rest > 0 || parts.length === 0) parts.push(`${rest}ms`);
  return parts.join(' ');
}
