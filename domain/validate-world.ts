import { slaPolicyProblems } from './operating-hours.ts';
import type { World } from './world.ts';

/** One thing wrong with a world: where (`conversations[12].ownerId`), what was expected, what was found. */
export interface WorldProblem {
  readonly path: string;
  readonly expected: string;
  readonly found: string;
}

/**
 * Every structural problem of a world, in a stable order (empty when the world is valid):
 * duplicate IDs, dangling references, empty channel histories, chatflow surfaces, email address
 * kinds, ticket statuses outside the pipeline, messages out of time order, an empty pipeline.
 * Generators must produce only worlds for which this returns []; the scenario loader uses it to
 * reject a hand-written inbox with one clear message per problem.
 */
export function validateWorld(world: World): WorldProblem[] {
  const problems: WorldProblem[] = [];
  const add = (path: string, expected: string, found: unknown): void => {
    problems.push({
      path,
      expected,
      found: typeof found === 'string' ? JSON.stringify(found) : String(found),
    });
  };
  const statuses = new Set(world.account.pipeline.statuses);
  if (world.account.pipeline.statuses.length === 0) {
    add('account.pipeline.statuses', 'at least one status', 'an empty list');
  }
  if (world.account.sla !== null) {
    for (const [path, expected, found] of slaPolicyProblems(world.account.sla, 'account.sla')) {
      add(path, expected, found);
    }
  }
  const userIds = indexIds(world.users, 'users', add);
  const channelIds = indexIds(world.channels, 'channels', add);
  const conversationIds = indexIds(world.conversations, 'conversations', add);
  indexIds(world.tickets, 'tickets', add);
  const messageIds = new Set<string>();

  world.channels.forEach((channel, i) => {
    if (channel.kind === 'chatflow' && channel.surface === undefined) {
      add(`channels[${i}].surface`, 'a surface for a chatflow', 'none');
    }
    if (channel.kind !== 'chatflow' && channel.surface !== undefined) {
      add(`channels[${i}].surface`, `no surface on a ${channel.kind} channel`, channel.surface);
    }
    if (channel.kind !== 'email' && channel.emailAddressKind !== undefined) {
      add(
        `channels[${i}].emailAddressKind`,
        `no email address kind on a ${channel.kind} channel`,
        channel.emailAddressKind,
      );
    }
    channel.settings.routing.userIds.forEach((userId, j) => {
      if (!userIds.has(userId))
        add(`channels[${i}].settings.routing.userIds[${j}]`, 'the ID of a user', userId);
    });
  });

  world.conversations.forEach((conversation, i) => {
    const at = `conversations[${i}]`;
    if (conversation.ownerId !== null && !userIds.has(conversation.ownerId)) {
      add(`${at}.ownerId`, 'the ID of a user, or null', conversation.ownerId);
    }
    if (conversation.channelHistory.length === 0)
      add(`${at}.channelHistory`, 'at least one channel', 'an empty list');
    conversation.channelHistory.forEach((channelId, j) => {
      if (!channelIds.has(channelId)) add(`${at}.channelHistory[${j}]`, 'the ID of a channel', channelId);
    });
    let previous = conversation.startedAt;
    conversation.messages.forEach((message, j) => {
      const path = `${at}.messages[${j}]`;
      if (messageIds.has(message.id)) add(`${path}.id`, 'a message ID used once', message.id);
      messageIds.add(message.id);
      if (!conversation.channelHistory.includes(message.channelId)) {
        add(`${path}.channelId`, 'a channel of the conversation’s channelHistory', message.channelId);
      }
      if (message.at < conversation.startedAt) {
        add(`${path}.at`, `a time at or after startedAt (${conversation.startedAt})`, message.at);
      } else if (message.at < previous) {
        add(`${path}.at`, `a time at or after the previous message (${previous})`, message.at);
      }
      previous = Math.max(previous, message.at);
    });
  });

  world.tickets.forEach((ticket, i) => {
    if (!conversationIds.has(ticket.conversationId)) {
      add(`tickets[${i}].conversationId`, 'the ID of a conversation', ticket.conversationId);
    }
    if (ticket.ownerId !== null && !userIds.has(ticket.ownerId)) {
      add(`tickets[${i}].ownerId`, 'the ID of a user, or null', ticket.ownerId);
    }
    if (!statuses.has(ticket.status)) {
      add(`tickets[${i}].status`, `a status of the pipeline (${[...statuses].join(', ')})`, ticket.status);
    }
  });
  return problems;
}

/** The set of IDs of `items`, reporting each repeated one at its second occurrence. */
function indexIds(
  items: readonly { readonly id: string }[],
  name: string,
  add: (path: string, expected: string, found: unknown) => void,
): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (ids.has(item.id)) add(`${name}[${i}].id`, `an ID used once among ${name}`, item.id);
    ids.add(item.id);
  });
  return ids;
}
