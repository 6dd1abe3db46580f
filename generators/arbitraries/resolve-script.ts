import type { Channel, Command, HistoryChoice, World } from '../../domain/index.ts';
import { currentChannelId } from '../../domain/index.ts';
import { messageKindOf } from '../generate-conversations.ts';
import type { CommandSpec, StatusSpec } from './_command-specs.ts';

/** Names that exist in no world, for commands a system must answer `invalid`. */
export const UNKNOWN_USER_ID = 'ghost-user';
export const UNKNOWN_CHANNEL_ID = 'ghost-channel';

function at<T>(items: readonly T[], ref: number): T | undefined {
  return items.length === 0 ? undefined : items[ref % items.length];
}

/**
 * Resolves specs in order against `world` and the commands before them: arrivals become reply
 * targets, channel changes update where later replies come from, and message times only grow
 * (from the latest instant in the world, plus every advance and run-until-idle bound), so no
 * reply predates its thread (INV-2). A spec with nothing to point at (a reply with no
 * conversation anywhere) is dropped.
 */
export function resolveScript(world: World, specs: readonly CommandSpec[], unknownIds: boolean): Command[] {
  const channelsById = new Map(world.channels.map((channel) => [channel.id, channel]));
  const userIds = world.users.map((user) => user.id).concat(unknownIds ? [UNKNOWN_USER_ID] : []);
  const channelIds = world.channels
    .map((channel) => channel.id)
    .concat(unknownIds ? [UNKNOWN_CHANNEL_ID] : []);
  const targets = world.conversations.map((conversation) => ({
    id: conversation.id,
    channelId: currentChannelId(conversation),
  }));
  let t = world.clock;
  for (const conversation of world.conversations) {
    for (const message of conversation.messages) t = Math.max(t, message.at);
  }
  const status = (spec: StatusSpec): string | undefined =>
    spec === 'missing'
      ? undefined
      : spec === 'bogus'
        ? 'Not a status'
        : at(world.account.pipeline.statuses, spec.ref);
  const commands: Command[] = [];
  specs.forEach((spec, index) => {
    switch (spec.tag) {
      case 'advance':
        t += spec.ms;
        commands.push({ type: 'advance', ms: spec.ms });
        return;
      case 'run-until-idle':
        t += spec.maxMs;
        commands.push({ type: 'run-until-idle', maxMs: spec.maxMs });
        return;
      case 'arrival': {
        const channel = at(world.channels, spec.channelRef);
        if (channel === undefined) return;
        t += spec.gap;
        const id = `a${spec.key}`;
        const kind = channel.kind === 'form' ? 'form-submission' : messageKindOf(channel);
        const message = {
          id: `${id}-m0`,
          at: t,
          channelId: channel.id,
          kind,
          author: 'contact' as const,
          body: 'Hello?',
        };
        commands.push({
          type: 'conversation-arrives',
          conversation: {
            id,
            subject: `Arrival ${spec.key}`,
            contactName: 'New Contact',
            contactEmail: `new${spec.key}@example.org`,
            channelHistory: [channel.id],
            startedAt: t,
            status: 'open',
            ownerId: null,
            messages: [message],
            location: 'inbox',
          },
        });
        if (!targets.some((target) => target.id === id)) targets.push({ id, channelId: channel.id });
        return;
      }
      case 'reply': {
        const target = at(targets, spec.targetRef);
        const channel = target === undefined ? undefined : channelsById.get(target.channelId);
        if (target === undefined || channel === undefined) return;
        t += spec.gap;
        const author = spec.agent ? ('agent' as const) : ('contact' as const);
        const message = {
          id: `r${index}`,
          at: t,
          channelId: channel.id,
          kind: messageKindOf(channel),
          author,
          body: 'A reply',
        };
        commands.push({ type: 'reply-arrives', conversationId: target.id, message });
        return;
      }
      case 'change-channel': {
        const target = at(targets, spec.targetRef);
        const channel: Channel | undefined = at(world.channels, spec.channelRef);
        if (target === undefined || channel === undefined) return;
        target.channelId = channel.id;
        commands.push({ type: 'change-channel', conversationId: target.id, toChannelId: channel.id });
        return;
      }
      case 'access': {
        const user = at(world.users, spec.userRef);
        if (user !== undefined)
          commands.push({ type: 'set-help-desk-access', userId: user.id, access: spec.access });
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
        const target = at(targets, spec.targetRef);
        if (target === undefined) return;
        const conversationId = target.id;
        if (spec.action === 'reassign') {
          // One slot past the users is "nobody": unassigning is a reassignment too.
          const ownerId = at([...world.users.map((user) => user.id), null], spec.userRef) ?? null;
          commands.push({ type: 'reassign-conversation', conversationId, ownerId });
        } else {
          const type = spec.action === 'close' ? 'close-conversation' : 'reopen-conversation';
          commands.push({ type, conversationId });
        }
        return;
      }
      case 'start-move': {
        const channelId = at(channelIds, spec.channelRef) ?? UNKNOWN_CHANNEL_ID;
        const isChatflow = channelsById.get(channelId)?.kind === 'chatflow';
        const entryPoint =
          spec.entryPoint !== 'auto' ? spec.entryPoint : isChatflow ? 'chatflows-list' : 'inbox-settings';
        let history: HistoryChoice = { kind: 'none' };
        if (spec.history.kind === 'all') {
          const open = status(spec.history.open);
          const closed = status(spec.history.closed);
          history = {
            kind: 'all',
            ...(open === undefined ? {} : { openStatus: open }),
            ...(closed === undefined ? {} : { closedStatus: closed }),
          };
        }
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
