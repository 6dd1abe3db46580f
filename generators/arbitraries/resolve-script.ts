import type { Channel, Command, HistoryChoice, World } from '../../domain/index.ts';
import { channelMessageKind, threadReplyKind } from '../../domain/message-kinds.ts';
import { allHistory, ScriptCursor } from '../../domain/script-cursor.ts';
import type { CommandSpec, StatusSpec } from './_command-specs.ts';

/** Names that exist in no world, for commands a system must answer `invalid`. */
export const UNKNOWN_USER_ID = 'ghost-user';
export const UNKNOWN_CHANNEL_ID = 'ghost-channel';
export const UNKNOWN_CONVERSATION_ID = 'ghost-conversation';

function at<T>(items: readonly T[], ref: number): T | undefined {
  return items.length === 0 ? undefined : items[ref % items.length];
}

/**
 * Resolves specs in order against `world` and the commands before them, tracked by a
 * ScriptCursor (the scenario compiler's, so both follow the same rules): arrivals become reply
 * targets, channel changes update where later replies come from, and message times only grow
 * (from the latest instant in the world, plus every advance and run-until-idle bound), so no
 * reply predates its thread (INV-2). A spec with nothing to point at (a reply with no
 * conversation anywhere) is dropped.
 */
export function resolveScript(world: World, specs: readonly CommandSpec[], unknownIds: boolean): Command[] {
  const cursor = new ScriptCursor(world);
  const ghostUsers = unknownIds ? [UNKNOWN_USER_ID] : [];
  const userIds = world.users.map((user) => user.id).concat(ghostUsers);
  const channelIds = world.channels
    .map((channel) => channel.id)
    .concat(unknownIds ? [UNKNOWN_CHANNEL_ID] : []);
  // With unknown IDs, every command that names a conversation, channel or user can name one that
  // does not exist: a system must answer each of them `invalid` (INV-8), traffic and lifecycle
  // commands included. The ghost conversation "lives" in the first channel, for its replies' kind.
  const firstChannel = world.channels[0];
  if (unknownIds && firstChannel !== undefined)
    cursor.addConversation({
      id: UNKNOWN_CONVERSATION_ID,
      channelHistory: [firstChannel.id],
      startedAt: world.clock,
      messages: [],
    });
  const ghostChannel = (ref: number): Channel | undefined =>
    unknownIds && ref % (world.channels.length + 1) === world.channels.length
      ? undefined
      : at(world.channels, ref);
  const target = (ref: number): string | undefined => at(cursor.conversationIds, ref);
  const status = (spec: StatusSpec): string | undefined =>
    spec === 'missing'
      ? undefined
      : spec === 'bogus'
        ? 'Not a status'
        : at(world.account.pipeline.statuses, spec.ref);
  const commands: Command[] = [];
  specs.forEach((spec, index) => {
    switch (spec.tag) {
      // A negative amount is answered invalid and moves no clock (INV-8).
      case 'advance':
        cursor.advance(Math.max(0, spec.ms));
        commands.push({ type: 'advance', ms: spec.ms });
        return;
      case 'run-until-idle':
        cursor.runUntilIdle(Math.max(0, spec.maxMs));
        commands.push({ type: 'run-until-idle', maxMs: spec.maxMs });
        return;
      case 'arrival': {
        if (world.channels.length === 0) return;
        const channel = ghostChannel(spec.channelRef);
        const channelId = channel?.id ?? UNKNOWN_CHANNEL_ID;
        const t = cursor.laterBy(spec.gap);
        // An arrival into no channel has an ID of its own: a redelivery of a known conversation is
        // a duplicate to drop, whatever channel it names, so it would not be invalid.
        const id = channel === undefined ? `g${spec.key}` : `a${spec.key}`;
        const kind = channel === undefined ? 'email' : channelMessageKind(channel.kind);
        const message = {
          id: `${id}-m0`,
          at: t,
          channelId,
          kind,
          author: 'contact' as const,
          body: 'Hello?',
        };
        const conversation = {
          id,
          subject: `Arrival ${spec.key}`,
          contactName: 'New Contact',
          contactEmail: `new${spec.key}@example.org`,
          channelHistory: [channelId],
          startedAt: t,
          status: 'open' as const,
          ownerId: null,
          messages: [message],
          location: 'inbox' as const,
        };
        commands.push({ type: 'conversation-arrives', conversation });
        // Into no channel it stays unknown; a known ID (a redelivery) changes nothing.
        if (channel !== undefined) cursor.addConversation(conversation);
        return;
      }
      case 'reply': {
        const conversationId = target(spec.targetRef);
        const channelId = conversationId === undefined ? '' : cursor.currentChannel(conversationId);
        const channelKind = cursor.channelKind(channelId);
        if (conversationId === undefined || channelKind === undefined) return;
        const t = cursor.laterBy(spec.gap);
        cursor.noteMessage(conversationId, t);
        const author = spec.agent ? ('agent' as const) : ('contact' as const);
        const message = {
          id: `r${index}`,
          at: t,
          channelId,
          kind: threadReplyKind(channelKind),
          author,
          body: 'A reply',
        };
        commands.push({ type: 'reply-arrives', conversationId, message });
        return;
      }
      case 'change-channel': {
        const conversationId = target(spec.targetRef);
        if (conversationId === undefined || world.channels.length === 0) return;
        const channel = ghostChannel(spec.channelRef);
        // An invalid change (unknown channel or conversation) changes nothing: later replies still
        // come from the channel the conversation is in.
        if (channel !== undefined && conversationId !== UNKNOWN_CONVERSATION_ID)
          cursor.changeChannel(conversationId, channel.id);
        const toChannelId = channel?.id ?? UNKNOWN_CHANNEL_ID;
        commands.push({ type: 'change-channel', conversationId, toChannelId });
        return;
      }
      case 'access': {
        const userId = at(userIds, spec.userRef);
        if (userId !== undefined)
          commands.push({ type: 'set-help-desk-access', userId, access: spec.access });
        return;
      }
      case 'notifications':
        commands.push({ type: 'set-notifications', on: spec.on });
        return;
      case 'leave-page':
        commands.push({ type: 'leave-progress-page', userId: at(userIds, spec.userRef) ?? UNKNOWN_USER_ID });
        return;
      case 'cancel':
      case 'move-back':
      case 'history-later': {
        const type =
          spec.tag === 'cancel'
            ? 'cancel-move'
            : spec.tag === 'move-back'
              ? 'move-back'
              : 'move-history-later';
        const actorId = at(userIds, spec.userRef) ?? UNKNOWN_USER_ID;
        commands.push({ type, actorId, channelId: at(channelIds, spec.channelRef) ?? UNKNOWN_CHANNEL_ID });
        return;
      }
      case 'worker-crash':
      case 'worker-restart':
        commands.push({ type: spec.tag });
        return;
      case 'lifecycle': {
        const conversationId = target(spec.targetRef);
        if (conversationId === undefined) return;
        if (spec.action === 'reassign') {
          // One slot past the users is "nobody": unassigning is a reassignment too; with unknown
          // IDs, one more names a user who does not exist.
          const ownerId =
            at([...world.users.map((user) => user.id), null, ...ghostUsers], spec.userRef) ?? null;
          commands.push({ type: 'reassign-conversation', conversationId, ownerId });
        } else {
          const type = spec.action === 'close' ? 'close-conversation' : 'reopen-conversation';
          commands.push({ type, conversationId });
        }
        return;
      }
      case 'start-move': {
        const channelId = at(channelIds, spec.channelRef) ?? UNKNOWN_CHANNEL_ID;
        const entryPoint = spec.entryPoint !== 'auto' ? spec.entryPoint : cursor.entryPointFor(channelId);
        const history: HistoryChoice =
          spec.history.kind === 'all'
            ? allHistory(status(spec.history.open), status(spec.history.closed))
            : { kind: 'none' };
        commands.push({
          type: 'start-move',
          actorId: at(userIds, spec.userRef) ?? UNKNOWN_USER_ID,
          channelId,
          entryPoint,
          history,
        });
        return;
      }
    }
  });
  return commands;
}
