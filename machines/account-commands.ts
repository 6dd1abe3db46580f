import type { Command, CommandResult } from '../domain/index.ts';
import type { SystemCore } from './system-core.ts';

const ACCEPTED: CommandResult = { status: 'accepted' };

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

/** set-help-desk-access: the user is replaced with the new access; `access-changed`. */
export function setHelpDeskAccess(core: SystemCore, command: Of<'set-help-desk-access'>): CommandResult {
  const position = core.store.users.indexOf(command.userId);
  const user = position === undefined ? undefined : core.store.users.at(position);
  if (position === undefined || user === undefined) {
    return { status: 'invalid', reason: `set-help-desk-access: unknown user "${command.userId}"` };
  }
  core.store.replaceUser(position, { ...user, helpDeskAccess: command.access });
  core.log.append(core.store.clock, { type: 'access-changed', userId: user.id, access: command.access });
  return ACCEPTED;
}

/** set-notifications: the workspace machine decides whether sending resumes now (OPEN-6). */
export function setNotifications(core: SystemCore, on: boolean): CommandResult {
  core.store.account = { ...core.store.account, notificationsOn: on };
  core.workspace.send({ type: on ? 'NOTIFICATIONS_ON' : 'NOTIFICATIONS_OFF' });
  core.log.append(core.store.clock, { type: 'notifications-changed', on });
  return ACCEPTED;
}

/** leave-progress-page: logged, and nothing else — the move does not depend on the page (MOVE-4). */
export function leaveProgressPage(core: SystemCore, userId: string): CommandResult {
  if (core.store.users.get(userId) === undefined) {
    return { status: 'invalid', reason: `leave-progress-page: unknown user "${userId}"` };
  }
  core.log.append(core.store.clock, { type: 'progress-page-left', userId });
  return ACCEPTED;
}

type ChannelRequest = Of<'cancel-move' | 'move-back' | 'move-history-later'>;

/** cancel-move (MOVE-1), move-back (ELIG-7), move-history-later (HIST-6): what a started move forbids. */
export function forbiddenAfterStart(core: SystemCore, command: ChannelRequest): CommandResult {
  if (core.store.users.get(command.actorId) === undefined) {
    return { status: 'invalid', reason: `${command.type}: unknown user "${command.actorId}"` };
  }
  if (core.store.channels.get(command.channelId) === undefined) {
    return { status: 'invalid', reason: `${command.type}: unknown channel "${command.channelId}"` };
  }
  const state = core.channelActor(command.channelId).getSnapshot().value;
  if (state === 'inInbox') {
    return {
      status: 'invalid',
      reason: `${command.type}: channel "${command.channelId}" has not been moved`,
    };
  }
  const where = state === 'moving' ? 'is moving' : 'is in help desk';
  switch (command.type) {
    case 'cancel-move':
      return state === 'moving'
        ? core.refuse(
            command,
            'MOVE-1',
            `a move cannot be stopped or cancelled once started; channel ${command.channelId} is moving`,
          )
        : core.refuse(
            command,
            'ELIG-7',
            `channel ${command.channelId} is already in help desk; a move is one-way`,
          );
    case 'move-back':
      return core.refuse(
        command,
        'ELIG-7',
        `channel ${command.channelId} ${where}; a move is one-way, it cannot go back to the inbox`,
      );
    case 'move-history-later':
      return core.refuse(
        command,
        'HIST-6',
        `channel ${command.channelId} ${where}; its history can only be chosen when the move starts`,
      );
  }
}
